package read

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Deepgram's pre-recorded response. Speakers are numbers: speaker 0 is
// "Speaker 0". With several channels the channel names the speaker
// ("Channel 1"), and a diarized speaker within a channel is "Channel 1
// Speaker 0", since Deepgram numbers speakers per channel.

type dgChannel struct {
	Alternatives []dgAlternative `json:"alternatives"`
}

type dgAlternative struct {
	Transcript string   `json:"transcript"`
	Words      []dgWord `json:"words"`
}

type dgWord struct {
	Word           string   `json:"word"`
	PunctuatedWord string   `json:"punctuated_word"`
	Start          *float64 `json:"start"`
	End            *float64 `json:"end"`
	Speaker        *int     `json:"speaker"`
}

type dgUtterance struct {
	Start      *float64 `json:"start"`
	End        *float64 `json:"end"`
	Speaker    *int     `json:"speaker"`
	Channel    *int     `json:"channel"`
	Transcript string   `json:"transcript"`
}

// Deepgram is Deepgram's pre-recorded response.
var Deepgram = &Format{Name: "deepgram-json", Aliases: []string{"deepgram"}, Title: "Deepgram JSON", Family: JSON,
	json: &jsonFlavour{
		example: `{"results": {"channels": [...]}}`,
		detect: func(d *jsonDoc) bool {
			return d.Results != nil && (d.Results.Channels != nil || d.Results.Utterances != nil)
		},
		read: (*jsonReader).deepgram,
	}}

func (r *jsonReader) deepgram() ([]Utterance, error) {
	res := r.doc.Results
	if res == nil || res.Channels == nil && res.Utterances == nil {
		return nil, notFlavour(r.format, `"results.channels" or "results.utterances"`)
	}
	if len(res.Utterances) > 0 {
		return r.dgUtterances(res)
	}
	return r.dgWords(res.Channels)
}

// dgSpeaker names the speaker of an utterance or word.
func dgSpeaker(speaker *int, channel int, multichannel bool) string {
	switch {
	case multichannel && speaker != nil:
		return "Channel " + strconv.Itoa(channel) + " Speaker " + strconv.Itoa(*speaker)
	case multichannel:
		return "Channel " + strconv.Itoa(channel)
	case speaker != nil:
		return "Speaker " + strconv.Itoa(*speaker)
	}
	return ""
}

func (r *jsonReader) dgUtterances(res *jsonResults) ([]Utterance, error) {
	multi := len(res.Channels) > 1
	for _, u := range res.Utterances {
		multi = multi || u.Channel != nil && *u.Channel != 0
	}
	lines := r.lines(len(res.Utterances), "results", "utterances", "*")
	segs := make([]Utterance, 0, len(res.Utterances))
	for i := range res.Utterances {
		u := &res.Utterances[i]
		sp, err := needSpan(u.Start, u.End, 1, "start", "end")
		if err != nil {
			return nil, elemError(lines.at(i), elemName("results.utterances", i), err)
		}
		channel := 0
		if u.Channel != nil {
			channel = *u.Channel
		}
		segs = append(segs, Utterance{Speaker: dgSpeaker(u.Speaker, channel, multi), Text: u.Transcript,
			Start: sp.start, End: sp.end, HasStart: true, HasEnd: true, Line: lines.at(i)})
	}
	if multi {
		slices.SortStableFunc(segs, func(a, b Utterance) int { return compareDur(a.Start, b.Start) })
	}
	return segs, nil
}

// dgWords reads the words of each channel's first alternative, split at
// speaker changes and pauses like AWS items.
func (r *jsonReader) dgWords(channels []dgChannel) ([]Utterance, error) {
	multi := len(channels) > 1
	n := 0
	for c := range channels {
		alt := firstAlternative(&channels[c])
		if len(alt.Words) == 0 && strings.TrimSpace(alt.Transcript) != "" {
			// Without words there are no times: one untimed turn a channel,
			// and the other channels untimed too, rather than a mix.
			return dgTranscripts(channels), nil
		}
		n += len(alt.Words)
	}
	lines := r.lines(n, "results", "channels", "*", "alternatives", "0", "words", "*")
	var segs []Utterance
	flat := 0
	for c := range channels {
		var run wordRun
		for j, w := range firstAlternative(&channels[c]).Words {
			sp, err := needSpan(w.Start, w.End, 1, "start", "end")
			if err != nil {
				return nil, elemError(lines.at(flat), fmt.Sprintf("results.channels[%d].alternatives[0].words[%d]", c, j), err)
			}
			run.word(dgSpeaker(w.Speaker, c, multi), cmp.Or(w.PunctuatedWord, w.Word), sp.start, sp.end, lines.at(flat))
			flat++
		}
		segs = append(segs, run.finish()...)
	}
	if multi {
		slices.SortStableFunc(segs, func(a, b Utterance) int { return compareDur(a.Start, b.Start) })
	}
	return segs, nil
}

func firstAlternative(ch *dgChannel) *dgAlternative {
	if len(ch.Alternatives) == 0 {
		return &dgAlternative{}
	}
	return &ch.Alternatives[0]
}

// dgTranscripts reads each channel's transcript as one untimed segment.
func dgTranscripts(channels []dgChannel) []Utterance {
	segs := make([]Utterance, 0, len(channels))
	for c := range channels {
		alt := firstAlternative(&channels[c])
		text := alt.Transcript
		if strings.TrimSpace(text) == "" {
			words := make([]string, len(alt.Words))
			for j, w := range alt.Words {
				words[j] = cmp.Or(w.PunctuatedWord, w.Word)
			}
			text = strings.Join(words, " ")
		}
		segs = append(segs, Utterance{Speaker: dgSpeaker(nil, c, len(channels) > 1), Text: text})
	}
	return segs
}
