// Package interruptions finds where one speaker cuts another off mid-phrase,
// and counts the seller's interruptions of the customer.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package interruptions

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// The thresholds of the timed interruption rule. The rubric has no scalar
// settings, so they are constants, documented in Interruptions.Doc.
const (
	// interruptOverlap: B must start more than this before A's speech
	// ends for the two to overlap (cue times are rarely more precise).
	interruptOverlap = 500 * time.Millisecond
	// interruptYield: A must stop within this after B starts, or A has
	// talked on over B and kept the floor.
	interruptYield = 2 * time.Second
	// interruptGap: where the source shows no overlap (Zoom serializes
	// speech), B must start within this after A's cut-off ending.
	interruptGap = time.Second
	// interruptMinWords: with cue end times, B must say more than this
	// many words to have taken the floor ("Maria?" hands it back).
	interruptMinWords = 3
)

// Interruptions counts speakers cutting each other off.
var Analyzer = &analyze.Analyzer{
	Name: "interruptions",
	Doc: `Interruptions: the seller cutting the customer off mid-phrase.

An interruption is speaker B taking the floor while speaker A is mid-phrase,
and A giving it up: not any overlap. A is the speaker of the turn just
before B's turn (with cue end times, a third speaker's backchannel in
between is skipped). Neither turn may be a backchannel ("mm-hmm", see the
backchannels list). A's turn "ends cut off" when, ignoring closing quotes and
bracketed annotations such as [crosstalk], it ends with a cut-off mark (-,
--, —, –, … or ...), or, with no final punctuation, on a word that cannot
end a sentence (the unfinished_endings list: "the", "and", "we", "um"...).
A word that may end a sentence as a stranded preposition or pro-form (the
stranded_endings list: "to", "so", "that", "in", "for", "with", "at",
"from": "I'd love to", "where are you from") is weaker evidence: it counts
only in a punctuated transcript (one where any sentence ends in . ? ! or …),
which would have closed a finished sentence with a period, or under
overlap. An unfinished word does not count
when B's turn opens in lower case: B goes on with A's sentence, which is a
diarization split in machine transcripts, not a new speaker. Only the end of
a turn counts: "but- but we" inside a turn is a self-repair.

With cue end times (subtitles, ASR JSON), B must say more than 3 words, and
either B starts more than 0.5 s before A's turn ends (from B's first cue
that is not a backchannel), A yields — A's turn ends within 2 s of B's
start, and A's next turn, unless a backchannel, does not start while B still
talks (more than 0.5 s before B's turn ends) — and A's turn ends cut off (a
stranded word counts here, punctuated or not) or, in a punctuated
transcript, with no final punctuation at all; or, where the source shows no
overlap (Zoom serializes speech), A's turn ends with a cut-off mark (an
unfinished word is not enough: a machine transcript's "I'd love to" is
usually finished) and B starts within 1 s of its end. A talking on over B, in the same cue or
straight after, kept the floor: not counted. A resuming once B's turn is
over is the normal sequel and does not undo the interruption. A cut-off
followed by a longer silence is trailing off.

Without cue end times (plain text, start times only): a turn that ends cut
off followed by another speaker's turn. A cut-off followed by a backchannel
is trailing off, not an interruption.

The metric counts interruptions by a seller of a customer; each speaker's
figure is the interruptions they made, of anyone. n/a when the call has no
seller and customer.`,
	Metrics: []*analyze.MetricDef{{
		Name:   "interruptions",
		Column: "Interrupts",
		Title:  "Interruptions",
		Unit:   analyze.UnitCount,
		Doc:    "times a seller cut off a customer mid-phrase",
		Target: &analyze.Target{Weight: 1.5, Good: analyze.Range{Min: 0, Max: 0}, Fair: analyze.Range{Min: 0, Max: 2},
			Why: "lastmile default — no public outcome benchmark; Gong found customers who talk uninterrupted longer (up to 4 min) go with higher win rates"},
	}, {
		Name:  "customer_interruptions",
		Title: "Customer interruptions",
		Unit:  analyze.UnitCount,
		Doc:   "times a customer cut off a seller mid-phrase",
	}},
	Phrases: []*phrase.List{{
		Name: "unfinished_endings",
		Doc: `Unfinished endings: words (or phrases) a sentence cannot end on, so that a
turn stopping on one, with no final punctuation, was cut off: articles,
prepositions, conjunctions, auxiliaries, subject pronouns, possessives,
filled pauses. Matched against a turn's last words.`,
		Default: []string{
			"the", "a", "an", "these", "those", "every", "each",
			"and", "or", "but", "nor", "because", "if", "than", "which", "whether", "although", "unless",
			"of", "by", "into", "onto", "as", "between", "toward", "towards", "via", "per",
			"we", "i", "they", "he", "she", "i'm", "we're", "you're", "they're", "it's", "that's", "there's", "let's", "i'll", "we'll", "i've", "we've", "i'd", "we'd",
			"my", "your", "our", "their", "its",
			"is", "are", "was", "were", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "am", "gonna", "wanna",
			"very", "just",
			"um", "uh", "er", "erm",
		},
	}, {
		Name: "stranded_endings",
		Doc: `Words that often end a finished sentence as a stranded preposition or a
pro-form ("I'd love to", "I think so", "where are you from"), and as often
end a cut-off one. A turn stopping on one, with no final punctuation, ends
cut off only in a punctuated transcript or when the next speaker overlaps
it. Matched against a turn's last words, after unfinished_endings.`,
		Default: []string{"to", "so", "that", "in", "for", "with", "at", "from"},
	}},
	Tags: []*analyze.TagDef{
		{Name: "interrupts", Title: "interrupts", Tone: analyze.ToneBad,
			Doc: "Starts speaking before the other person has finished", Mark: interruptionMark},
		{Name: "interrupted", Title: "interrupted", Tone: analyze.ToneMuted, Doc: "Was cut off here"},
	},
	Findings: []*analyze.FindingDef{
		{Name: "interruption", Title: "Interruption", Tone: analyze.ToneBad,
			Doc: "One speaker cut another off mid-phrase", Mark: interruptionMark},
	},
	Run: runInterruptions,
}

// An interruption: turn By cut off turn Of.
// interruptionMark marks an interruption on the interrupter's track.
var interruptionMark = &analyze.Mark{Shape: analyze.ShapeTriangle, Legend: "Interruption"}

type interruption struct{ by, of int }

func runInterruptions(pass *analyze.Pass) error {
	t := pass.Transcript
	cuts := findInterruptions(t, pass.Rubric)
	made := make(map[string]int, len(t.Speakers))
	var bySeller, byCustomer int
	for _, c := range cuts {
		b, a := &t.Turns[c.by], &t.Turns[c.of]
		made[b.Speaker]++
		switch {
		case b.Role == transcript.RoleRep && a.Role == transcript.RoleCustomer:
			bySeller++
		case b.Role == transcript.RoleCustomer && a.Role == transcript.RoleRep:
			byCustomer++
		}
		pass.ReportAt(transcript.Ref{Turn: c.by, Sentence: 0}, "interruption", fmt.Sprintf("%s cut off %s: %s", b.Speaker, a.Speaker, quoteTail(a.Text, 8)))
		pass.Tag(transcript.Ref{Turn: c.by, Sentence: 0}, "interrupts")
		pass.Tag(transcript.Ref{Turn: c.of, Sentence: turns.LastSentence(a)}, "interrupted")
	}
	if len(t.Speakers) >= 2 {
		for _, s := range t.Speakers {
			pass.SpeakerValue("interruptions", s.Name, float64(made[s.Name]), "")
		}
	}
	if reason := turns.NoSides(t); reason != "" {
		pass.NotApplicable("interruptions", reason)
		pass.NotApplicable("customer_interruptions", reason)
		return nil
	}
	detail := fmt.Sprintf("seller cut off customer %d, customer cut off seller %d", bySeller, byCustomer)
	pass.Value("interruptions", float64(bySeller), detail)
	pass.Value("customer_interruptions", float64(byCustomer), detail)
	return nil
}

// findInterruptions applies the rule of Interruptions.Doc to every turn.
func findInterruptions(t *transcript.Transcript, r *analyze.Rubric) []interruption {
	endings, stranded := r.Phrases("unfinished_endings"), r.Phrases("stranded_endings")
	punctuated := isPunctuated(t)
	var cuts []interruption
	for j := 1; j < len(t.Turns); j++ {
		b := &t.Turns[j]
		if turns.IsBackchannelTurn(r, b) {
			continue
		}
		i := j - 1
		if t.Timing == transcript.TimingFull && i > 0 && t.Turns[i-1].Speaker != b.Speaker && turns.IsBackchannelTurn(r, &t.Turns[i]) {
			// A third speaker's "mm-hmm" inside A's speech.
			i--
		}
		a := &t.Turns[i]
		if a.Speaker == b.Speaker || turns.IsBackchannelTurn(r, a) {
			continue
		}
		end := turnEnding(a, endings, stranded)
		if end != endMarked && continuesSentence(b) {
			// "… included in our" / "annual report": a diarization
			// split, not a new speaker.
			end = endClosed
		}
		cut := end == endMarked || end == endUnfinished || end == endStranded && punctuated
		if t.Timing == transcript.TimingFull {
			cutIn := floorStart(r, b)
			switch {
			case b.Words() <= interruptMinWords:
				cut = false
			case cutIn < a.End-interruptOverlap:
				// Under overlap, any ending short of a full stop.
				cut = end != endClosed && (end != endOpen || punctuated) &&
					a.End <= cutIn+interruptYield &&
					!talksOn(t, r, j, a.Speaker)
			default:
				// No overlap: only a cut-off mark shows A was stopped.
				cut = end == endMarked && cutIn-a.End <= interruptGap
			}
		}
		if cut {
			cuts = append(cuts, interruption{by: j, of: i})
		}
	}
	return cuts
}

// isPunctuated reports whether any sentence of the call ends in . ? ! or
// …: a short turn without any ("yeah i'd love to") says nothing either way.
func isPunctuated(t *transcript.Transcript) bool {
	for i := range t.Turns {
		for j := range t.Turns[i].Sentences {
			if !t.Turns[i].Sentences[j].Unpunctuated {
				return true
			}
		}
	}
	return false
}

// floorStart returns when B really starts to speak in turn b: the start of
// its first cue that is not a backchannel.
func floorStart(r *analyze.Rubric, b *transcript.Turn) time.Duration {
	for k := 0; k+1 < len(b.Cues); k++ {
		text := b.Text[b.Cues[k].Offset:b.Cues[k+1].Offset]
		if transcript.CountWords(text) > turns.MaxBackchannelWords || !turns.IsBackchannel(r, transcript.Words(text)) {
			return b.Cues[k].Start
		}
	}
	return b.Cues[len(b.Cues)-1].Start
}

// talksOn reports whether speaker a, cut into by turn j, speaks again
// (other than a backchannel) while turn j still holds the floor.
func talksOn(t *transcript.Transcript, r *analyze.Rubric, j int, a string) bool {
	if j+1 >= len(t.Turns) {
		return false
	}
	b, next := &t.Turns[j], &t.Turns[j+1]
	return next.Speaker == a && next.Start < b.End-interruptOverlap && !turns.IsBackchannelTurn(r, next)
}

// continuesSentence reports whether a turn opens in lower case, going on
// with the sentence of the turn before it.
func continuesSentence(b *transcript.Turn) bool {
	first := -1
	transcript.ScanWords(b.Text, func(start, _ int) bool {
		first = start
		return false // the first word is enough
	})
	if first < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.Text[first:])
	return unicode.IsLower(r)
}

// How a turn ends.
type ending uint8

const (
	endClosed     ending = iota // . ? or !
	endOpen                     // no final punctuation
	endStranded                 // no final punctuation, on a stranded_endings phrase
	endUnfinished               // no final punctuation, on an unfinished_endings phrase
	endMarked                   // a cut-off mark: - -- — – … ...
)

// turnEnding says how a turn's text ends, ignoring closing quotes and
// trailing bracketed annotations ("was- [crosstalk]").
func turnEnding(turn *transcript.Turn, endings, stranded *phrase.Matcher) ending {
	s := trimTail(turn.Text)
	if s == "" {
		return endClosed
	}
	for _, mark := range []string{"-", "—", "–", "…", "..."} {
		if strings.HasSuffix(s, mark) {
			return endMarked
		}
	}
	switch s[len(s)-1] {
	case '.', '?', '!':
		return endClosed
	}
	if k := turns.LastSentence(turn); k >= 0 {
		switch words := turn.Sentences[k].Words; {
		case endsWithPhrase(endings, words):
			return endUnfinished
		case endsWithPhrase(stranded, words):
			return endStranded
		}
	}
	return endOpen
}

// trimTail strips trailing space, closing quotes and bracketed annotations.
func trimTail(s string) string {
	for {
		s = strings.TrimRight(s, " \t\"'”’»")
		if s == "" {
			return s
		}
		var open byte
		switch s[len(s)-1] {
		case ']':
			open = '['
		case ')':
			open = '('
		case '>':
			open = '<'
		default:
			return s
		}
		i := strings.LastIndexByte(s, open)
		if i < 0 || len(s)-i > 62 {
			return s
		}
		s = s[:i]
	}
}

// endsWithPhrase reports whether words end with a phrase of p (of up to
// four words).
func endsWithPhrase(p *phrase.Matcher, words []string) bool {
	for k := 1; k <= min(4, len(words)); k++ {
		if _, ok := p.Equal(words[len(words)-k:]); ok {
			return true
		}
	}
	return false
}

// quoteTail quotes the last n words of s, with "…" before them when s is
// longer: `"… and the reason we chose the"`.
func quoteTail(s string, n int) string {
	s = strings.TrimSpace(s)
	tail := s
	if len(tail) > 300 {
		cut := len(tail) - 300
		for cut < len(tail) && !utf8.RuneStart(tail[cut]) {
			cut++
		}
		tail = tail[cut:]
	}
	var starts []int
	transcript.WordSpans(tail, func(start, _ int) { starts = append(starts, start) })
	from := 0
	if len(starts) > n {
		from = starts[len(starts)-n]
	} else if len(tail) < len(s) && len(starts) > 0 {
		from = starts[0]
	}
	if from > 0 || len(tail) < len(s) {
		return `"… ` + tail[from:] + `"`
	}
	return `"` + tail + `"`
}
