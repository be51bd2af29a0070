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

// speakerTime returns the total time covered by a speaker's cues, counting
// overlapping cues of the same speaker once. Only meaningful with
// TimingFull.
func speakerTime(t *Transcript, speaker string) time.Duration {
	var spans []cueSpan
	for i := range t.Turns {
		turn := &t.Turns[i]
		if turn.Speaker != speaker {
			continue
		}
		for _, c := range turn.Cues {
			spans = append(spans, cueSpan{c.Start, c.End})
		}
	}
	return unionLength(spans)
}

// unionLength returns the length of the union of spans sorted by start.
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
