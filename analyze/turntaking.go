package analyze

import (
	"fmt"
	"slices"
)

// Helpers for the turn-taking metrics (interruptions, monologue,
// interactivity, patience): who holds the floor, and when.

// isBackchannelTurn reports whether a whole turn is a backchannel ("Mm-hmm.
// Right."): at most maxBackchannelWords words, all backchannel phrases.
func isBackchannelTurn(r *Rubric, turn *Turn) bool {
	n := turn.Words()
	if n == 0 || n > maxBackchannelWords {
		return false
	}
	if len(turn.Sentences) == 1 {
		return r.IsBackchannel(turn.Sentences[0].Words)
	}
	words := make([]string, 0, n)
	for i := range turn.Sentences {
		words = append(words, turn.Sentences[i].Words...)
	}
	return r.IsBackchannel(words)
}

// lastSentence returns the index of the turn's last sentence with words,
// or -1.
func lastSentence(turn *Turn) int {
	for i := len(turn.Sentences) - 1; i >= 0; i-- {
		if len(turn.Sentences[i].Words) > 0 {
			return i
		}
	}
	return -1
}

// sentenceLines returns the source lines of a run of turns: where the first
// starts and where the last one's last sentence is.
func sentenceLines(first, last *Turn) (int, int) {
	from, to := first.Line, last.Line
	if n := len(first.Sentences); n > 0 {
		from = first.Sentences[0].Line
	}
	if n := len(last.Sentences); n > 0 {
		to = last.Sentences[n-1].Line
	}
	return from, max(from, to)
}

// fmtLines prints "line 4" or "lines 4–9"; "" when the source has no lines.
func fmtLines(from, to int) string {
	switch {
	case from <= 0:
		return ""
	case to <= from:
		return fmt.Sprintf("line %d", from)
	}
	return fmt.Sprintf("lines %d–%d", from, to)
}

// median returns the median of xs (which it sorts); xs must not be empty.
func median[T ~int64 | ~float64](xs []T) T {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}
