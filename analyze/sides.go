package analyze

import "time"

// Shared measurements over turns and sides, used by several analyzers.

// noSides explains why a metric comparing seller and customer cannot be
// measured, or returns "" when it can.
func noSides(t *Transcript) string {
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

// noSeller explains why a metric of how the seller talks to a customer
// (questions, customer focus, openers, next steps) cannot be measured, or
// returns "". A call with one speaker is no conversation, even when that
// speaker is labelled a seller.
func noSeller(t *Transcript) string {
	if len(t.Speakers) < 2 {
		return "only one speaker"
	}
	if len(t.Sellers()) == 0 {
		return "no seller identified (use --rep NAME)"
	}
	return ""
}

// noSellerSpeech explains why a measure of the seller's own speech, which
// needs no listener (pace, fillers), cannot be measured, or returns "": a
// lone speaker labelled a seller is measured.
func noSellerSpeech(t *Transcript) string {
	if len(t.Sellers()) > 0 {
		return ""
	}
	if len(t.Speakers) < 2 {
		return "only one speaker: no seller identified (use --rep NAME)"
	}
	return "no seller identified (use --rep NAME)"
}

// cueSpan is a stretch of speech.
type cueSpan struct{ start, end time.Duration }

// A speakerTotal is one speaker's words and speech time.
type speakerTotal struct {
	words int
	// speech is the time covered by the speaker's cues, overlapping cues
	// counted once; only measured with TimingFull, zero otherwise.
	speech time.Duration
}

// speakerTotals returns every speaker's words and speech time, in one pass
// over the turns.
func speakerTotals(t *Transcript) map[string]speakerTotal {
	totals := make(map[string]speakerTotal, len(t.Speakers))
	var spans map[string][]cueSpan
	if t.Timing == TimingFull {
		spans = make(map[string][]cueSpan, len(t.Speakers))
	}
	for i := range t.Turns {
		turn := &t.Turns[i]
		tot := totals[turn.Speaker]
		tot.words += turn.Words()
		totals[turn.Speaker] = tot
		if spans != nil {
			for _, c := range turn.Cues {
				spans[turn.Speaker] = append(spans[turn.Speaker], cueSpan{c.Start, c.End})
			}
		}
	}
	for name, ss := range spans {
		tot := totals[name]
		tot.speech = unionLength(ss)
		totals[name] = tot
	}
	return totals
}

// unionLength returns the length of the union of spans sorted by start
// (a speaker's cues, in turn order).
func unionLength(spans []cueSpan) time.Duration {
	var total time.Duration
	var cur cueSpan
	open := false
	for _, s := range spans {
		if s.end <= s.start {
			continue
		}
		if open && s.start <= cur.end {
			cur.end = max(cur.end, s.end)
			continue
		}
		if open {
			total += cur.end - cur.start
		}
		cur, open = s, true
	}
	if open {
		total += cur.end - cur.start
	}
	return total
}
