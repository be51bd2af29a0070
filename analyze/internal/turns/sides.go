package turns

import (
	"time"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// Shared measurements over turns and sides, used by several analyzers.

// NoSides explains why a metric comparing seller and customer cannot be
// measured, or returns "" when it can.
func NoSides(t *transcript.Transcript) string {
	if len(t.Speakers) < 2 {
		return "only one speaker"
	}
	if t.HasSides() {
		return ""
	}
	if len(t.Sellers()) == 0 {
		return "no seller identified (use --rep NAME)"
	}
	return "no customer identified"
}

// NoSeller explains why a metric of how the seller talks to a customer
// (questions, customer focus, openers, next steps) cannot be measured, or
// returns "". A call with one speaker is no conversation, even when that
// speaker is labelled a seller.
func NoSeller(t *transcript.Transcript) string {
	if len(t.Speakers) < 2 {
		return "only one speaker"
	}
	if len(t.Sellers()) == 0 {
		return "no seller identified (use --rep NAME)"
	}
	return ""
}

// NoSellerSpeech explains why a measure of the seller's own speech, which
// needs no listener (pace, fillers), cannot be measured, or returns "": a
// lone speaker labelled a seller is measured.
func NoSellerSpeech(t *transcript.Transcript) string {
	if len(t.Sellers()) > 0 {
		return ""
	}
	if len(t.Speakers) < 2 {
		return "only one speaker: no seller identified (use --rep NAME)"
	}
	return "no seller identified (use --rep NAME)"
}

// Span is a stretch of speech.
type Span struct{ Start, End time.Duration }

// A Total is one speaker's words and speech time.
type Total struct {
	Words int
	// speech is the time covered by the speaker's cues, overlapping cues
	// counted once; only measured with TimingFull, zero otherwise.
	Speech time.Duration
}

// Totals returns every speaker's words and speech time, in one pass
// over the turns.
func Totals(t *transcript.Transcript) map[string]Total {
	totals := make(map[string]Total, len(t.Speakers))
	var spans map[string][]Span
	if t.Timing == transcript.TimingFull {
		spans = make(map[string][]Span, len(t.Speakers))
	}
	for i := range t.Turns {
		turn := &t.Turns[i]
		tot := totals[turn.Speaker]
		tot.Words += turn.Words()
		totals[turn.Speaker] = tot
		if spans != nil {
			for _, c := range turn.Cues {
				spans[turn.Speaker] = append(spans[turn.Speaker], Span{c.Start, c.End})
			}
		}
	}
	for name, ss := range spans {
		tot := totals[name]
		tot.Speech = UnionLength(ss)
		totals[name] = tot
	}
	return totals
}

// UnionLength returns the length of the union of spans sorted by start
// (a speaker's cues, in turn order).
func UnionLength(spans []Span) time.Duration {
	var total time.Duration
	var cur Span
	open := false
	for _, s := range spans {
		if s.End <= s.Start {
			continue
		}
		if open && s.Start <= cur.End {
			cur.End = max(cur.End, s.End)
			continue
		}
		if open {
			total += cur.End - cur.Start
		}
		cur, open = s, true
	}
	if open {
		total += cur.End - cur.Start
	}
	return total
}
