package read

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// AWS Transcribe job output. Times are strings of seconds ("0.49").

type awsItem struct {
	StartTime    string           `json:"start_time"`
	EndTime      string           `json:"end_time"`
	Alternatives []awsAlternative `json:"alternatives"`
	Type         string           `json:"type"`
	SpeakerLabel string           `json:"speaker_label"` // newer outputs
}

type awsAlternative struct {
	Content string `json:"content"`
}

type awsTranscript struct {
	Transcript string `json:"transcript"`
}

type awsSpeakerLabels struct {
	Segments []struct {
		Items []awsLabelItem `json:"items"`
	} `json:"segments"`
}

type awsLabelItem struct {
	StartTime    string `json:"start_time"`
	EndTime      string `json:"end_time"`
	SpeakerLabel string `json:"speaker_label"`
}

type awsChannelLabels struct {
	Channels []struct {
		ChannelLabel string    `json:"channel_label"`
		Items        []awsItem `json:"items"`
	} `json:"channels"`
}

type awsAudioSegment struct {
	Transcript   string `json:"transcript"`
	StartTime    string `json:"start_time"`
	EndTime      string `json:"end_time"`
	SpeakerLabel string `json:"speaker_label"`
	ChannelLabel string `json:"channel_label"`
}

// AWS is an AWS Transcribe job's output.
var AWS = &Format{Name: "aws-json", Aliases: []string{"aws", "aws-transcribe"}, Title: "AWS Transcribe JSON", Family: JSON,
	json: &jsonFlavour{
		example: `{"results": {"items": [...]}}`,
		detect: func(d *jsonDoc) bool {
			r := d.Results
			return r != nil && (r.Items != nil || r.Transcripts != nil || r.AudioSegments != nil)
		},
		read: (*jsonReader).aws,
	}}

func (r *jsonReader) aws() ([]Utterance, error) {
	res := r.doc.Results
	if res == nil || res.Items == nil && res.AudioSegments == nil && res.Transcripts == nil {
		return nil, notFlavour(r.format, `"results.items", "results.audio_segments" or "results.transcripts"`)
	}
	switch {
	case len(res.Items) > 0:
		if channelStreams(res) {
			return r.awsChannels(res.ChannelLabels)
		}
		return r.awsItems(res)
	case len(res.AudioSegments) > 0:
		return r.awsAudioSegments(res.AudioSegments)
	}
	texts := make([]string, len(res.Transcripts))
	for i, t := range res.Transcripts {
		texts[i] = t.Transcript
	}
	return []Utterance{{Text: strings.Join(texts, " "), Line: r.lines(len(res.Transcripts), "results", "transcripts", "*").at(0)}}, nil
}

func itemsHaveLabels(items []awsItem) bool {
	for i := range items {
		if items[i].SpeakerLabel != "" {
			return true
		}
	}
	return false
}

// channelStreams reports whether the channels are the speakers: no better
// source names them, and channel_labels holds each channel's own items.
func channelStreams(res *jsonResults) bool {
	switch {
	case itemsHaveLabels(res.Items):
	case res.SpeakerLabels != nil && len(res.SpeakerLabels.Segments) > 0:
	case res.ChannelLabels != nil:
		return channelsHaveWords(res.ChannelLabels)
	}
	return false
}

// channelsHaveWords reports whether the channels hold the items themselves
// (as they do in every output seen so far) rather than only their times.
func channelsHaveWords(cl *awsChannelLabels) bool {
	for _, ch := range cl.Channels {
		for i := range ch.Items {
			if len(ch.Items[i].Alternatives) > 0 {
				return true
			}
		}
	}
	return false
}

// awsItems reads results.items, with speakers from the items themselves,
// else from speaker_labels, else from the times of channel_labels.
func (r *jsonReader) awsItems(res *jsonResults) ([]Utterance, error) {
	var labels *awsTimeLabels
	var err error
	switch {
	case itemsHaveLabels(res.Items):
	case res.SpeakerLabels != nil && len(res.SpeakerLabels.Segments) > 0:
		labels, err = r.awsSpeakerTimes(res.SpeakerLabels)
	case res.ChannelLabels != nil && len(res.ChannelLabels.Channels) > 0:
		labels, err = r.awsChannelTimes(res.ChannelLabels)
	}
	if err != nil {
		return nil, err
	}
	var run wordRun
	lines := r.lines(len(res.Items), "results", "items", "*")
	err = r.awsStream(res.Items, "results.items", lines, 0, func(it *awsItem, start, end time.Duration) string {
		if labels != nil {
			return labels.at(start, end)
		}
		return strings.TrimSpace(it.SpeakerLabel)
	}, &run)
	return run.finish(), err
}

// awsChannels reads each channel's items as its own stream, the channel
// label as the speaker, then orders the segments of all channels by start:
// speech on two channels at once stays overlapping.
func (r *jsonReader) awsChannels(cl *awsChannelLabels) ([]Utterance, error) {
	n := 0
	for _, ch := range cl.Channels {
		n += len(ch.Items)
	}
	lines := r.lines(n, "results", "channel_labels", "channels", "*", "items", "*")
	var segs []Utterance
	base := 0
	for c, ch := range cl.Channels {
		label := strings.TrimSpace(ch.ChannelLabel)
		if label == "" {
			label = "ch_" + strconv.Itoa(c)
		}
		var run wordRun
		array := fmt.Sprintf("results.channel_labels.channels[%d].items", c)
		err := r.awsStream(ch.Items, array, lines, base, func(*awsItem, time.Duration, time.Duration) string { return label }, &run)
		if err != nil {
			return nil, err
		}
		segs = append(segs, run.finish()...)
		base += len(ch.Items)
	}
	slices.SortStableFunc(segs, func(a, b Utterance) int { return compareDur(a.Start, b.Start) })
	return segs, nil
}

// awsStream feeds one stream of items to run. Element i's line is
// lines.at(base+i).
func (r *jsonReader) awsStream(items []awsItem, array string, lines lineTable, base int,
	speaker func(it *awsItem, start, end time.Duration) string, run *wordRun) error {
	for i := range items {
		it := &items[i]
		if len(it.Alternatives) == 0 {
			return elemError(lines.at(base+i), elemName(array, i), fmt.Errorf(`no "alternatives"`))
		}
		content := it.Alternatives[0].Content
		if it.Type == "punctuation" {
			run.punct(content)
			continue
		}
		start, end, err := awsSpan(it.StartTime, it.EndTime)
		if err != nil {
			return elemError(lines.at(base+i), elemName(array, i), err)
		}
		run.word(speaker(it, start, end), content, start, end, lines.at(base+i))
	}
	return nil
}

// awsSpan reads an item's start_time and end_time.
func awsSpan(start, end string) (time.Duration, time.Duration, error) {
	s, err := awsTime(start, "start_time")
	if err != nil {
		return 0, 0, err
	}
	e, err := awsTime(end, "end_time")
	if err != nil {
		return 0, 0, err
	}
	sp := span{start: s, end: e, hasStart: true, hasEnd: true}
	return s, e, sp.check()
}

func awsTime(s, key string) (time.Duration, error) {
	if s == "" {
		return 0, fmt.Errorf("missing %q", key)
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0, fmt.Errorf("%s %q is not a number", key, s)
	}
	d, err := duration(v, 1)
	if err != nil {
		return 0, fmt.Errorf("%s %q %w", key, s, err)
	}
	return d, nil
}

// awsTimeLabels finds an item's speaker from its times, for outputs that
// give speakers apart from the items.
type awsTimeLabels struct {
	bySpan  map[[2]time.Duration]string
	byStart map[time.Duration]string
}

func newAWSTimeLabels(n int) *awsTimeLabels {
	return &awsTimeLabels{bySpan: make(map[[2]time.Duration]string, n), byStart: make(map[time.Duration]string, n)}
}

func (l *awsTimeLabels) add(start, end time.Duration, label string) {
	l.bySpan[[2]time.Duration{start, end}] = label
	if _, ok := l.byStart[start]; !ok {
		l.byStart[start] = label
	}
}

// at returns the label of the item with these times; "" (the speaker
// continues) when no label has them.
func (l *awsTimeLabels) at(start, end time.Duration) string {
	if s, ok := l.bySpan[[2]time.Duration{start, end}]; ok {
		return s
	}
	return l.byStart[start]
}

func (r *jsonReader) awsSpeakerTimes(sl *awsSpeakerLabels) (*awsTimeLabels, error) {
	n := 0
	for _, seg := range sl.Segments {
		n += len(seg.Items)
	}
	labels := newAWSTimeLabels(n)
	flat := 0
	for s, seg := range sl.Segments {
		for i, it := range seg.Items {
			start, end, err := awsSpan(it.StartTime, it.EndTime)
			if err != nil {
				line := r.lines(n, "results", "speaker_labels", "segments", "*", "items", "*").at(flat)
				return nil, elemError(line, fmt.Sprintf("results.speaker_labels.segments[%d].items[%d]", s, i), err)
			}
			labels.add(start, end, strings.TrimSpace(it.SpeakerLabel))
			flat++
		}
	}
	return labels, nil
}

func (r *jsonReader) awsChannelTimes(cl *awsChannelLabels) (*awsTimeLabels, error) {
	n := 0
	for _, ch := range cl.Channels {
		n += len(ch.Items)
	}
	labels := newAWSTimeLabels(n)
	flat := 0
	for c, ch := range cl.Channels {
		label := strings.TrimSpace(ch.ChannelLabel)
		if label == "" {
			label = "ch_" + strconv.Itoa(c)
		}
		for i, it := range ch.Items {
			if it.Type == "punctuation" {
				flat++
				continue
			}
			start, end, err := awsSpan(it.StartTime, it.EndTime)
			if err != nil {
				line := r.lines(n, "results", "channel_labels", "channels", "*", "items", "*").at(flat)
				return nil, elemError(line, fmt.Sprintf("results.channel_labels.channels[%d].items[%d]", c, i), err)
			}
			labels.add(start, end, label)
			flat++
		}
	}
	return labels, nil
}

// awsAudioSegments reads results.audio_segments, which newer outputs give
// alongside (or, when trimmed, instead of) the items.
func (r *jsonReader) awsAudioSegments(as []awsAudioSegment) ([]Utterance, error) {
	lines := r.lines(len(as), "results", "audio_segments", "*")
	segs := make([]Utterance, 0, len(as))
	channels := false
	for i := range as {
		a := &as[i]
		start, end, err := awsSpan(a.StartTime, a.EndTime)
		if err != nil {
			return nil, elemError(lines.at(i), elemName("results.audio_segments", i), err)
		}
		speaker := strings.TrimSpace(a.SpeakerLabel)
		if speaker == "" {
			speaker = strings.TrimSpace(a.ChannelLabel)
			channels = channels || speaker != ""
		}
		segs = append(segs, Utterance{Speaker: speaker, Text: a.Transcript, Start: start, End: end,
			HasStart: true, HasEnd: true, Line: lines.at(i)})
	}
	if channels {
		slices.SortStableFunc(segs, func(a, b Utterance) int { return compareDur(a.Start, b.Start) })
	}
	return segs, nil
}
