package turns

import (
	"fmt"
	"strings"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Helpers for the turn-taking metrics (interruptions, monologue,
// interactivity, patience): who holds the floor, and when.

// IsBackchannelTurn reports whether a whole turn is a backchannel ("Mm-hmm.
// Right."): at most MaxBackchannelWords words, all backchannel phrases.
func IsBackchannelTurn(r *analyze.Rubric, turn *transcript.Turn) bool {
	n := turn.Words()
	if n == 0 || n > MaxBackchannelWords {
		return false
	}
	if len(turn.Sentences) == 1 {
		return IsBackchannel(r, turn.Sentences[0].Words)
	}
	words := make([]string, 0, n)
	for i := range turn.Sentences {
		words = append(words, turn.Sentences[i].Words...)
	}
	return IsBackchannel(r, words)
}

// LastSentence returns the index of the turn's last sentence with words,
// or -1.
func LastSentence(turn *transcript.Turn) int {
	for i := len(turn.Sentences) - 1; i >= 0; i-- {
		if len(turn.Sentences[i].Words) > 0 {
			return i
		}
	}
	return -1
}

// SentenceLines returns the source lines of a run of turns: where the first
// starts and where the last one's last sentence is.
func SentenceLines(first, last *transcript.Turn) (int, int) {
	from, to := first.Line, last.Line
	if n := len(first.Sentences); n > 0 {
		from = first.Sentences[0].Line
	}
	if n := len(last.Sentences); n > 0 {
		to = last.Sentences[n-1].Line
	}
	return from, max(from, to)
}

// FmtLines prints "line 4" or "lines 4–9"; "" when the source has no lines.
func FmtLines(from, to int) string {
	switch {
	case from <= 0:
		return ""
	case to <= from:
		return fmt.Sprintf("line %d", from)
	}
	return fmt.Sprintf("lines %d–%d", from, to)
}

// Spoken joins words for a message, writing the pronoun I and its
// contractions capitalised: "did I catch you at a bad time".
func Spoken(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		if w == "i" || strings.HasPrefix(w, "i'") {
			b.WriteByte('I')
			w = w[1:]
		}
		b.WriteString(w)
	}
	return b.String()
}
