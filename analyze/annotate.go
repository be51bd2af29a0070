package analyze

import (
	"strings"
	"time"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// An Annotation is one sentence of the call with what the analyzers found
// on it: the annotated transcript a coach reads, and the records
// `lastmile inspect --format jsonl` writes.
type Annotation struct {
	Ref     transcript.Ref
	Line    int
	Start   time.Duration
	Timed   bool
	Speaker string
	Role    transcript.Role
	Text    string
	// Tags are the analyzers' labels, in analyzer order ("question:open",
	// "self-centred", "opener:permission", "interrupts", "monologue"...).
	Tags []string
	// Findings index Scorecard.Findings that point at this sentence (a
	// finding about a whole turn points at its first sentence).
	Findings []int
}

// Annotate lists every sentence of the call, in order, with its tags and
// findings.
func Annotate(sc *Scorecard) []Annotation {
	t := sc.Transcript
	byRef := make(map[transcript.Ref][]int)
	for i, f := range sc.Findings {
		if f.Ref.Turn < 0 || f.Ref.Turn >= len(t.Turns) {
			continue
		}
		ref := f.Ref
		if ref.Sentence < 0 {
			ref.Sentence = 0
		}
		byRef[ref] = append(byRef[ref], i)
	}
	tags := make(map[transcript.Ref][]string)
	for _, tg := range sc.Tags {
		tags[tg.Ref] = append(tags[tg.Ref], tg.Name)
	}
	var out []Annotation
	for ti := range t.Turns {
		turn := &t.Turns[ti]
		for si := range turn.Sentences {
			s := &turn.Sentences[si]
			ref := transcript.Ref{Turn: ti, Sentence: si}
			a := Annotation{
				Ref: ref, Line: s.Line, Start: s.Start, Timed: t.Timed(),
				Speaker: turn.Speaker, Role: turn.Role, Text: s.Text,
				Tags:     tags[ref],
				Findings: byRef[ref],
			}
			if si == 0 { // tags on the whole turn show on its first sentence
				a.Tags = append(a.Tags[:len(a.Tags):len(a.Tags)], tags[transcript.Ref{Turn: ti, Sentence: -1}]...)
			}
			out = append(out, a)
		}
	}
	return out
}

// Value returns the value of the sentence's first tag of a family, "open"
// for "question:open" in family "question", or "".
func (a *Annotation) Value(family string) string {
	for _, tag := range a.Tags {
		if v, ok := strings.CutPrefix(tag, family+":"); ok {
			return v
		}
	}
	return ""
}
