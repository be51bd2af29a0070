package read

import (
	"encoding/json"
	"errors"
	"strings"
)

// AssemblyAI's transcript. Times are milliseconds; speaker "A" is
// "Speaker A".

type aaiUtterance struct {
	Speaker string   `json:"speaker"`
	Start   *float64 `json:"start"`
	End     *float64 `json:"end"`
	Text    string   `json:"text"`
}

type aaiWord struct {
	Text    string   `json:"text"`
	Start   *float64 `json:"start"`
	End     *float64 `json:"end"`
	Speaker string   `json:"speaker"`
}

func aaiSpeaker(s string) string {
	if s = strings.TrimSpace(s); s != "" {
		return "Speaker " + s
	}
	return ""
}

// AssemblyAI is an AssemblyAI transcript.
var AssemblyAI = &Format{Name: "assemblyai-json", Aliases: []string{"assemblyai"}, Title: "AssemblyAI JSON", Family: JSON,
	json: &jsonFlavour{
		example: `{"utterances": [...]} or {"words": [...], "audio_duration": ...}`,
		detect: func(d *jsonDoc) bool {
			return d.Utterances != nil || (d.Words != nil || present(d.Text)) && (present(d.AudioDuration) || present(d.AcousticModel))
		},
		read: (*jsonReader).assemblyAI,
	}}

func (r *jsonReader) assemblyAI() ([]Utterance, error) {
	doc := r.doc
	switch {
	case len(doc.Utterances) > 0:
		return r.aaiUtterances()
	case len(doc.Words) > 0:
		return r.aaiWords()
	case present(doc.Text):
		var text string
		if err := json.Unmarshal(doc.Text, &text); err != nil {
			return nil, errors.New(`"text" is not a string`)
		}
		return []Utterance{{Text: text}}, nil
	case doc.Utterances != nil || doc.Words != nil:
		return nil, nil // a transcript of silence
	}
	return nil, notFlavour(r.format, `"utterances", "words" or "text"`)
}

func (r *jsonReader) aaiUtterances() ([]Utterance, error) {
	utts := r.doc.Utterances
	lines := r.lines(len(utts), "utterances", "*")
	segs := make([]Utterance, 0, len(utts))
	for i := range utts {
		u := &utts[i]
		sp, err := needSpan(u.Start, u.End, 1000, "start", "end")
		if err != nil {
			return nil, elemError(lines.at(i), elemName("utterances", i), err)
		}
		segs = append(segs, Utterance{Speaker: aaiSpeaker(u.Speaker), Text: u.Text,
			Start: sp.start, End: sp.end, HasStart: true, HasEnd: true, Line: lines.at(i)})
	}
	return segs, nil
}

func (r *jsonReader) aaiWords() ([]Utterance, error) {
	words := r.doc.Words
	lines := r.lines(len(words), "words", "*")
	var run wordRun
	for i := range words {
		w := &words[i]
		sp, err := needSpan(w.Start, w.End, 1000, "start", "end")
		if err != nil {
			return nil, elemError(lines.at(i), elemName("words", i), err)
		}
		run.word(aaiSpeaker(w.Speaker), w.Text, sp.start, sp.end, lines.at(i))
	}
	return run.finish(), nil
}
