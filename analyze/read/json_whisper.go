package read

import (
	"fmt"
	"strings"
)

// whisperSegment is a segment of OpenAI Whisper, whisper-timestamped or
// WhisperX output.
type whisperSegment struct {
	Start   *float64      `json:"start"`
	End     *float64      `json:"end"`
	Text    string        `json:"text"`
	Speaker string        `json:"speaker"` // WhisperX
	Words   []whisperWord `json:"words"`
}

type whisperWord struct {
	Word    string   `json:"word"` // WhisperX
	Text    string   `json:"text"` // whisper-timestamped
	Start   *float64 `json:"start"`
	End     *float64 `json:"end"`
	Speaker string   `json:"speaker"`
}

// Whisper is OpenAI Whisper's JSON: segments without speakers; WhisperX
// adds a speaker to each segment (or word).
var (
	Whisper = &Format{Name: "whisper-json", Aliases: []string{"whisper"}, Title: "Whisper JSON", Family: JSON,
		json: &jsonFlavour{
			example: `{"segments": [...]}`,
			detect:  func(d *jsonDoc) bool { return d.Segments != nil && !whisperHasSpeakers(d.Segments) },
			read:    func(r *jsonReader) ([]Utterance, error) { return r.whisper(false) },
		}}
	WhisperX = &Format{Name: "whisperx-json", Aliases: []string{"whisperx"}, Title: "WhisperX JSON", Family: JSON,
		json: &jsonFlavour{
			example: `{"segments": [{"speaker": ...}]}`,
			detect:  func(d *jsonDoc) bool { return d.Segments != nil && whisperHasSpeakers(d.Segments) },
			read:    func(r *jsonReader) ([]Utterance, error) { return r.whisper(true) },
		}}
)

func whisperHasSpeakers(segs []whisperSegment) bool {
	for i := range segs {
		if segs[i].Speaker != "" || wordsHaveSpeakers(segs[i].Words) {
			return true
		}
	}
	return false
}

func wordsHaveSpeakers(words []whisperWord) bool {
	for i := range words {
		if strings.TrimSpace(words[i].Speaker) != "" {
			return true
		}
	}
	return false
}

// whisper reads segments; speakers only when x (WhisperX).
func (r *jsonReader) whisper(x bool) ([]Utterance, error) {
	if r.doc.Segments == nil {
		return nil, notFlavour(r.format, `"segments" array`)
	}
	lines := r.lines(len(r.doc.Segments), "segments", "*")
	segs := make([]Utterance, 0, len(r.doc.Segments))
	for i := range r.doc.Segments {
		s := &r.doc.Segments[i]
		elem, line := elemName("segments", i), lines.at(i)
		sp, err := needSpan(s.Start, s.End, 1, "start", "end")
		if err != nil {
			return nil, elemError(line, elem, err)
		}
		seg := Utterance{Text: s.Text, Start: sp.start, End: sp.end, HasStart: true, HasEnd: true, Line: line}
		if !x {
			segs = append(segs, seg)
			continue
		}
		seg.Speaker = strings.TrimSpace(s.Speaker)
		if seg.Speaker != "" || !wordsHaveSpeakers(s.Words) {
			segs = append(segs, seg)
			continue
		}
		parts, err := splitByWordSpeaker(seg, s.Words)
		if err != nil {
			return nil, elemError(line, elem, err)
		}
		segs = append(segs, parts...)
	}
	return segs, nil
}

// splitByWordSpeaker splits a WhisperX segment that has no speaker at the
// changes of its words' speakers. WhisperX leaves some words (numerals)
// without times: a part without them borrows its neighbours' edges.
func splitByWordSpeaker(seg Utterance, words []whisperWord) ([]Utterance, error) {
	type part struct {
		seg   Utterance
		words []string
	}
	var parts []part
	for j := range words {
		w := &words[j]
		sp, err := spanOf(w.Start, w.End, 1, "start", "end")
		if err != nil {
			return nil, fmt.Errorf("words[%d]: %w", j, err)
		}
		speaker := strings.TrimSpace(w.Speaker)
		if n := len(parts); n == 0 || speaker != "" && speaker != parts[n-1].seg.Speaker {
			parts = append(parts, part{seg: Utterance{Speaker: speaker, Line: seg.Line}})
		}
		p := &parts[len(parts)-1]
		text := w.Word
		if text == "" {
			text = w.Text
		}
		p.words = append(p.words, text)
		if sp.hasStart && !p.seg.HasStart {
			p.seg.Start, p.seg.HasStart = sp.start, true
		}
		if sp.hasEnd {
			p.seg.End, p.seg.HasEnd = max(p.seg.End, sp.end), true
		}
	}
	segs := make([]Utterance, len(parts))
	for k := range parts {
		segs[k] = parts[k].seg
		segs[k].Text = strings.Join(parts[k].words, " ")
	}
	fillPartTimes(segs, seg)
	return segs, nil
}

// fillPartTimes gives untimed parts of seg the times around them, kept
// within seg.
func fillPartTimes(parts []Utterance, seg Utterance) {
	for k := range parts {
		p := &parts[k]
		if !p.HasStart {
			p.Start = seg.Start
			if k > 0 {
				p.Start = parts[k-1].End
			}
		}
		if !p.HasEnd {
			p.End = seg.End
			if k+1 < len(parts) && parts[k+1].HasStart {
				p.End = parts[k+1].Start
			}
		}
		p.Start = min(max(p.Start, seg.Start), seg.End)
		p.End = min(max(p.End, p.Start), seg.End)
		p.HasStart, p.HasEnd = true, true
	}
}
