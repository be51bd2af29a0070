// Package interruptions finds where one speaker cuts another off mid-phrase,
// and counts the seller's interruptions of the customer.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package interruptions

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// The thresholds of the timed interruption rule. The rubric has no scalar
// settings, so they are constants, documented in Interruptions.Doc.
const (
	// interruptGap: B may start this long after A's last word and still
	// cut A off, and A resuming within it never stopped: a silence shorter
	// than a pause a listener hears (pause research counts silences from
	// 250 ms, after Goldman-Eisler 1968).
	interruptGap = 250 * time.Millisecond
	// interruptYield: A must stop within this after B starts, or A has
	// talked on over B and kept the floor.
	interruptYield = 2 * time.Second
	// interruptOverlap: for the weak endings (no final punctuation on an
	// ordinary word), B must start more than this before A's speech ends
	// for the two to overlap clearly (cue times are rarely more precise).
	interruptOverlap = 500 * time.Millisecond
	// interruptMarkGap: where the source shows no overlap (Zoom serializes
	// speech), B must start within this after A's cut-off mark.
	interruptMarkGap = time.Second
	// interruptMinWords: a B turn of at most this many words after which
	// A goes on hands the floor back ("Maria?", "Which one?").
	interruptMinWords = 3
)

// Interruptions counts speakers cutting each other off.
var Analyzer = &analyze.Analyzer{
	Name: "interruptions",
	Doc: `Interruptions: speakers cutting each other off mid-phrase; the metric counts the seller cutting off a customer.

An interruption is speaker B taking the floor while speaker A is mid-phrase,
and A giving it up: not any overlap. Every pair of speakers is checked (a
colleague, a third person on the call); the interrupting turn is tagged
"interrupts" and A's last sentence "interrupted".

A is mid-phrase when the last phrase of A's turn (its last sentence, from
its last cue on), ignoring closing quotes, bracketed annotations such as
[crosstalk] and trailing hesitations (um, uh, er, hmm: "for the um" ends on
"the"), ends with a cut-off mark (-, --, —, –, … or ...) or a broken-off
word ("th-"; in a transcript that never writes one with a hyphen, as AMI's
do, also a lower-case single letter other than a, i, o, or two or three
letters without a vowel: "w", "th", not "hmm" or "CRM"); or, without final
punctuation, on a word that cannot end a sentence (the unfinished_endings
list: "the", "and", "we", "would", "don't"...) — except by ellipsis, a form
of "be" after its subject ("yes it is") or a subject pronoun after an
auxiliary ("do they"). A word that may end a finished sentence (the
stranded_endings list: "to", "so", "that", "or"...) counts only in a
punctuated transcript (at least half of its sentences end in . ? ! or …),
which would have closed a finished sentence. A phrase of nothing but
conjunctions, discourse markers and hesitations ("but-", "so um", "and") has
begun nothing: a bid for the floor, not a cut-off. In a cased transcript
(at least half of its sentences open with a capital), B's turn opening in
lower case goes on with A's sentence: a diarization split, not a new
speaker. Only the end of a turn counts: "but- but we" inside a turn is a
self-repair. A backchannel ("mm-hmm", see the backchannels list) neither
interrupts nor is interrupted.

With cue end times (subtitles, ASR JSON): B is the first later turn by
anyone else that is not a backchannel (other speakers' backchannels in
between are skipped), before A speaks again. B comes in at the start of its
last stretch of speech (its first cue, or one after a pause of its own of
0.25 s or more) that is not a backchannel and starts at most 0.25 s after
A's last word. B cut A off when:
- B came in while A spoke or at most 0.25 s after (a shorter silence is not
  a pause a listener hears), and A stopped within 2 s of B coming in, or A
  broke off (a cut-off mark, a broken-off word) while B still talked; a turn
  A talked on over for longer is passed by and the next one tried;
- A was mid-phrase; in a punctuated transcript a turn with no final
  punctuation at all counts too, when B came in more than 0.5 s before A
  stopped (cue times are rarely more precise);
- where the source shows no overlap (Zoom serializes speech), only a cut-off
  mark counts, with B coming in at most 1 s after it;
- B took the floor: B says more than 3 words, or someone other than A speaks
  after B ("Maria?", "Which one?" hand the floor back);
- A did not talk on: A speaking again within 0.25 s of stopping, while B
  still talks, goes on with the phrase, unless A starts over (A's new turn
  opens with the first word of the broken phrase or one of its last three:
  "… and the" / "And the setup…").

A cut-off followed by a longer silence is trailing off. A resuming once B's
turn is over is the normal sequel and does not undo the interruption.

Without cue end times (plain text, start times only): a turn that ends
mid-phrase followed by another speaker's turn. A cut-off followed by a
backchannel is trailing off, not an interruption.

The metric counts interruptions by a seller of a customer, and
customer_interruptions the reverse; each speaker's figure is the
interruptions they made, of anyone. n/a when the call has no seller and
customer.`,
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
prepositions, conjunctions, auxiliaries and their negations, subject
pronouns, possessives, "be", "have", "like", "very", "just". Matched against
a turn's last words, after trailing hesitations.`,
		Default: []string{
			"the", "a", "an", "every", "each",
			"and", "but", "nor", "because", "'cause", "cause", "cos", "if", "than", "which", "whether", "although", "unless",
			"of", "by", "into", "onto", "as", "between", "toward", "towards", "via", "per",
			"we", "i", "they", "he", "she", "i'm", "we're", "you're", "they're", "it's", "that's", "there's", "let's", "i'll", "we'll", "i've", "we've", "i'd", "we'd",
			"my", "your", "our", "their", "its",
			"is", "are", "was", "were", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "am", "gonna", "wanna",
			"isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't", "hasn't",
			"be", "have", "like",
			"very", "just",
		},
	}, {
		Name: "stranded_endings",
		Doc: `Words that often end a finished sentence as a stranded preposition, a
pro-form or a turn-final "or" ("I'd love to", "I think so", "where are you
from", "I like those", "is it monthly or"), and as often end a cut-off one.
A turn stopping on one, with no final punctuation, ends cut off only in a
punctuated transcript. Matched against a turn's last words, after
unfinished_endings.`,
		Default: []string{"to", "so", "that", "these", "those", "in", "for", "with", "at", "from", "or"},
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
	w := interruptWords{t: t, endings: r.Phrases("unfinished_endings"), stranded: r.Phrases("stranded_endings")}
	if t.Timing == transcript.TimingFull {
		return findTimed(t, r, &w)
	}
	var cuts []interruption
	for j := 1; j < len(t.Turns); j++ {
		a, b := &t.Turns[j-1], &t.Turns[j]
		if a.Speaker == b.Speaker || turns.IsBackchannelTurn(r, a) || turns.IsBackchannelTurn(r, b) {
			// A cut-off followed by a backchannel is trailing off.
			continue
		}
		switch w.before(b, w.ending(a)) {
		case endMarked, endUnfinished:
			cuts = append(cuts, interruption{by: j, of: j - 1})
		case endStranded:
			if w.punctuated() {
				cuts = append(cuts, interruption{by: j, of: j - 1})
			}
		}
	}
	return cuts
}

// findTimed is the rule for cue end times (see Interruptions.Doc).
func findTimed(t *transcript.Transcript, r *analyze.Rubric, w *interruptWords) []interruption {
	var cuts []interruption
	for i := range t.Turns {
		if turns.IsBackchannelTurn(r, &t.Turns[i]) {
			continue
		}
		j, cutIn, end := interrupter(t, r, w, i)
		if j < 0 {
			continue
		}
		a := &t.Turns[i]
		var cut bool
		switch {
		case cutIn > a.End+interruptGap:
			// No overlap (Zoom serializes speech): only a cut-off mark
			// shows that A was stopped.
			cut = end == endMarked
		case end == endMarked || end == endUnfinished:
			cut = true
		case end == endStranded || end == endOpen:
			// Weaker evidence: no final punctuation where the transcript
			// has it, under a clear overlap.
			cut = w.punctuated() && cutIn < a.End-interruptOverlap
		}
		if cut && takesFloor(t, r, i, j) && !talksOn(t, r, i, j) {
			cuts = append(cuts, interruption{by: j, of: i})
		}
	}
	// By the interrupting turn, as the findings are read.
	slices.SortFunc(cuts, func(x, y interruption) int { return cmp.Or(x.by-y.by, x.of-y.of) })
	return cuts
}

// interrupter returns B, the turn that may have cut turn i (A) off: the
// first later turn by someone else that is no backchannel and came in on
// A's speech (no later than interruptMarkGap after it) before A stopped —
// within interruptYield of coming in, or, when A's turn ends with a
// cut-off mark or broken-off word, while B still talked — with when B came in and how A's turn ends before it. A
// turn that A talked on over is passed by; j is -1 when A speaks again
// first or nobody comes in.
func interrupter(t *transcript.Transcript, r *analyze.Rubric, w *interruptWords, i int) (j int, cutIn time.Duration, end ending) {
	a := &t.Turns[i]
	var own phraseEnd // how A's words end, read once, at the first candidate
	read := false
	for k := i + 1; k < len(t.Turns); k++ {
		b := &t.Turns[k]
		if b.Speaker == a.Speaker || b.Start > a.End+interruptMarkGap {
			break
		}
		if turns.IsBackchannelTurn(r, b) {
			continue
		}
		if !read {
			own, read = w.ending(a), true
		}
		cutIn, end = cutInTime(r, b, a.End), w.before(b, own)
		if cutIn > a.End+interruptMarkGap {
			break
		}
		if a.End <= cutIn+interruptYield || end == endMarked && b.End > a.End {
			return k, cutIn, end
		}
	}
	return -1, 0, endClosed
}

// takesFloor reports whether turn j, cutting into turn i, takes the floor:
// a turn of at most interruptMinWords words after which i's speaker goes
// on ("Maria?", "Which one?") hands it back.
func takesFloor(t *transcript.Transcript, r *analyze.Rubric, i, j int) bool {
	if t.Turns[j].Words() > interruptMinWords || j+1 >= len(t.Turns) {
		return true
	}
	next := &t.Turns[j+1]
	return next.Speaker != t.Turns[i].Speaker || turns.IsBackchannelTurn(r, next)
}

// talksOn reports whether the speaker of turn i, cut into by turn j,
// speaks again (other than a backchannel) within interruptGap of stopping,
// while turn j still talks: a pause too short to hear, so A never stopped.
func talksOn(t *transcript.Transcript, r *analyze.Rubric, i, j int) bool {
	a, b := &t.Turns[i], &t.Turns[j]
	for k := j + 1; k < len(t.Turns); k++ {
		next := &t.Turns[k]
		if next.Start > a.End+interruptGap || next.Start >= b.End {
			return false
		}
		if next.Speaker == a.Speaker && !turns.IsBackchannelTurn(r, next) {
			return !recycles(a, next)
		}
	}
	return false
}

// recycles reports whether turn next starts over what turn a broke off:
// its first word (after hesitations) is the first word of a's last phrase
// or one of its last three.
func recycles(a, next *transcript.Turn) bool {
	var first string
	transcript.ScanWords(next.Text, func(start, end int) bool {
		first = strings.ToLower(next.Text[start:end])
		return isHesitation(first)
	})
	words := lastPhrase(a)
	if first == "" || len(words) == 0 {
		return false
	}
	return words[0] == first || slices.Contains(words[max(0, len(words)-3):], first)
}

// isPunctuated reports whether the transcript is punctuated: at least half
// of its sentences end in . ? ! or …. A machine transcript without
// punctuation has none; a stray period inside one does not make it
// punctuated.
func isPunctuated(t *transcript.Transcript) bool {
	var n, closed int
	for i := range t.Turns {
		for j := range t.Turns[i].Sentences {
			n++
			if !t.Turns[i].Sentences[j].Unpunctuated {
				closed++
			}
		}
	}
	return n > 0 && 2*closed >= n
}

// isCased reports whether the transcript writes capitals: at least half of
// its sentences open with an upper-case letter. In a lower-cased
// transcript a turn opening in lower case says nothing.
func isCased(t *transcript.Transcript) bool {
	n := 0
	for i := range t.Turns {
		n += len(t.Turns[i].Sentences)
	}
	var seen, upper int
	for i := range t.Turns {
		for j := range t.Turns[i].Sentences {
			if opensUpper(t.Turns[i].Sentences[j].Text) {
				upper++
			}
			seen++
			switch {
			case 2*upper >= n:
				return true
			case 2*(seen-upper) > n:
				return false
			}
		}
	}
	return n > 0 && 2*upper >= n
}

// opensUpper reports whether the first letter of s is upper case.
func opensUpper(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			return true
		case 'a' <= c && c <= 'z':
			return false
		case c < utf8.RuneSelf:
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		i += size
	}
	return false
}

// marksCutWords reports whether the transcript marks broken-off words
// with a hyphen ("th-", "was-"): then a short word without a vowel is a
// word, not one broken off.
func marksCutWords(t *transcript.Transcript) bool {
	for i := range t.Turns {
		s := t.Turns[i].Text
		for k := 0; k < len(s); k++ {
			d := strings.IndexByte(s[k:], '-')
			if d < 0 {
				break
			}
			k += d
			if k > 0 && isWordByte(s[k-1]) && (k+1 == len(s) || s[k+1] == ' ') {
				return true
			}
		}
	}
	return false
}

// cutInTime returns when turn b comes in on speech that ends at end: the
// start of b's last onset (its first cue, or a cue after a pause of b's
// own of at least interruptGap) that is no backchannel and starts no later
// than interruptGap after end; failing that, b's first cue that is no
// backchannel (or its last cue).
func cutInTime(r *analyze.Rubric, b *transcript.Turn, end time.Duration) time.Duration {
	at, found := b.Cues[len(b.Cues)-1].Start, false
	for k := range b.Cues {
		c := &b.Cues[k]
		if found && c.Start > end+interruptGap {
			break
		}
		if k > 0 && c.Start-b.Cues[k-1].End < interruptGap && found {
			continue // the same stretch of speech
		}
		stop := len(b.Text)
		if k+1 < len(b.Cues) {
			stop = b.Cues[k+1].Offset
		}
		if !isBackchannelText(r, b.Text[c.Offset:stop]) {
			at, found = c.Start, true
		}
	}
	return at
}

// isBackchannelText reports whether text is a backchannel, counting its
// words only as far as a backchannel may go.
func isBackchannelText(r *analyze.Rubric, text string) bool {
	n := 0
	transcript.ScanWords(text, func(int, int) bool {
		n++
		return n <= turns.MaxBackchannelWords
	})
	return n <= turns.MaxBackchannelWords && turns.IsBackchannel(r, transcript.Words(text))
}

// firstWord returns the byte offset of the first word of s (len(s) when
// it has none).
func firstWord(s string) int {
	first := len(s)
	transcript.ScanWords(s, func(start, _ int) bool {
		first = start
		return false // the first word is enough
	})
	return first
}

// continuesSentence reports whether a turn opens in lower case, going on
// with the sentence of the turn before it.
func continuesSentence(b *transcript.Turn) bool {
	r, _ := utf8.DecodeRuneInString(b.Text[firstWord(b.Text):])
	return unicode.IsLower(r)
}

// How a turn ends.
type ending uint8

const (
	endClosed     ending = iota // . ? or !, or a finished phrase
	endOpen                     // no final punctuation
	endStranded                 // no final punctuation, on a stranded_endings phrase
	endUnfinished               // no final punctuation, on an unfinished_endings phrase
	endMarked                   // a cut-off mark (- -- — – … ...) or a broken-off word
)

// interruptWords holds what the endings of turns are read with; the
// facts about the whole transcript are read once, when first needed.
type interruptWords struct {
	t                       *transcript.Transcript
	endings, stranded       *phrase.Matcher
	punct, capitals, hyphen int8 // 0 not read yet, 1 false, 2 true
}

func (w *interruptWords) punctuated() bool {
	return lazy(&w.punct, func() bool { return isPunctuated(w.t) })
}
func (w *interruptWords) cased() bool { return lazy(&w.capitals, func() bool { return isCased(w.t) }) }
func (w *interruptWords) hyphenCuts() bool {
	return lazy(&w.hyphen, func() bool { return marksCutWords(w.t) })
}

// lazy returns f(), computed once and kept in *state.
func lazy(state *int8, f func() bool) bool {
	if *state == 0 {
		*state = 1
		if f() {
			*state = 2
		}
	}
	return *state == 2
}

// A phraseEnd is how a turn ends, and whether its words (not a mark or
// final punctuation) say so.
type phraseEnd struct {
	end     ending
	byWords bool
}

// before returns how a turn that ends as p ends before turn b: in a cased
// transcript, b opening in lower case goes on with its sentence ("…
// included in our" / "annual report"), a diarization split, not a new
// speaker.
func (w *interruptWords) before(b *transcript.Turn, p phraseEnd) ending {
	if p.byWords && w.cased() && continuesSentence(b) {
		return endClosed
	}
	return p.end
}

// isHesitation reports whether w is a filled pause, skipped at the end of
// a phrase: "for the um" ends on "the".
func isHesitation(w string) bool {
	switch w {
	case "um", "uh", "er", "erm", "hmm", "hm", "mm", "umm", "uhh":
		return true
	}
	return false
}

// isEntryWord reports whether w, like a hesitation, is what a speaker says
// to claim the floor before a phrase: a phrase of them alone ("but", "and
// um", "so") has begun nothing that could be cut off.
func isEntryWord(w string) bool {
	switch w {
	case "and", "but", "or", "nor", "so", "well", "because", "'cause", "cause", "cos", "then", "oh", "like":
		return true
	}
	return isHesitation(w)
}

// Words that make an unfinished_endings word finish a phrase by ellipsis:
// a subject pronoun after an auxiliary ("do they", "are we") and a form of
// "be" after its subject ("yes it is", "there are").
var (
	ellipsisAux   = english.SetOf("do", "does", "did", "is", "are", "am", "was", "were", "can", "could", "will", "would", "should", "shall", "may", "might", "must", "have", "has", "had", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't")
	ellipsisSubj  = english.SetOf("i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "who")
	ellipsisBe    = english.SetOf("is", "are", "am", "was", "were")
	ellipsisAfter = english.SetOf("i", "you", "we", "they", "he", "she")
)

// ending says how turn a ends (before any next turn: see before):
// ignoring closing quotes, trailing bracketed annotations ("was-
// [crosstalk]") and trailing hesitations ("th- um"). See
// Interruptions.Doc.
func (w *interruptWords) ending(a *transcript.Turn) phraseEnd {
	s := trimTail(a.Text)
	if s == "" {
		return phraseEnd{end: endClosed}
	}
	switch s[len(s)-1] {
	case '.', '?', '!':
		return phraseEnd{end: endClosed}
	}
	words := lastPhrase(a)
	k := len(words)
	for k > 0 && isHesitation(words[k-1]) {
		k--
		s = strings.TrimRight(strings.TrimRight(s, ",;: \t"), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
	}
	s = strings.TrimRight(s, ",;: \t")
	words = words[:k]
	if !slices.ContainsFunc(words, func(x string) bool { return !isEntryWord(x) }) {
		return phraseEnd{end: endClosed} // "but-", "so um": nothing begun
	}
	for _, mark := range []string{"-", "—", "–", "…", "..."} {
		if strings.HasSuffix(s, mark) {
			return phraseEnd{end: endMarked}
		}
	}
	return phraseEnd{end: w.wordsEnding(s, words), byWords: true}
}

// wordsEnding says how a phrase without a mark or final punctuation ends
// by its words (s is the turn's text up to them).
func (w *interruptWords) wordsEnding(s string, words []string) ending {
	switch last := words[len(words)-1]; {
	case truncated(s, words) && !w.hyphenCuts():
		return endMarked // "so we w", "the th": a word broken off
	case endsWithPhrase(w.endings, words):
		if len(words) > 1 {
			prev := words[len(words)-2]
			if ellipsisAfter.Has(last) && ellipsisAux.Has(prev) || ellipsisBe.Has(last) && ellipsisSubj.Has(prev) {
				return endOpen
			}
		}
		return endUnfinished
	case endsWithPhrase(w.stranded, words):
		return endStranded
	}
	return endOpen
}

// vowelless are the words of a few letters without a vowel that are
// words: not a truncated word.
var vowelless = english.SetOf("hm", "mm", "mhm", "hmm", "mmm", "shh", "psst", "pst", "tsk", "pff", "brr", "grr", "zzz", "nth", "ssh")

// truncated reports whether the last of words (of the text s) is a word
// broken off without a hyphen, as some transcripts write them ("th", "w"):
// a single letter other than "a", "i" and "o", or two or three letters
// without a vowel (a e i o u y) that are no interjection ("hmm"); in lower
// case as written ("CRM" and "TV" are acronyms), and not in a spelled-out
// "p l p".
func truncated(s string, words []string) bool {
	last := words[len(words)-1]
	if len(last) > 3 || vowelless.Has(last) {
		return false
	}
	if n := len(words); n > 1 && len(words[n-2]) == 1 && !strings.Contains("aio", words[n-2]) {
		return false
	}
	vowels := "aeiouy"
	if len(last) == 1 {
		vowels = "aio"
	}
	for i := 0; i < len(last); i++ {
		if c := last[i]; c < 'a' || c > 'z' || strings.IndexByte(vowels, c) >= 0 {
			return false
		}
	}
	// As written: in lower case, or capitalized as a phrase's first word
	// ("S", "Th"); "CRM", "TV", "plan B" are no broken words.
	for i := len(s) - len(last); i >= max(0, len(s)-64); i-- {
		as := s[i : i+len(last)]
		if !strings.EqualFold(as, last) || i > 0 && isWordByte(s[i-1]) || i+len(last) < len(s) && isWordByte(s[i+len(last)]) {
			continue
		}
		return as == last || len(words) == 1 && as[1:] == last[1:]
	}
	return false
}

// isWordByte reports whether c is an ASCII letter, digit or apostrophe.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\''
}

// lastPhrase returns the words of a turn's last sentence that its last cue
// holds: where the source has cues, a new cue inside a sentence starts a
// new stretch of speech.
func lastPhrase(turn *transcript.Turn) []string {
	k := turns.LastSentence(turn)
	if k < 0 {
		return nil
	}
	sent := &turn.Sentences[k]
	if n := len(turn.Cues); n > 1 && turn.Cues[n-1].Offset > sent.Offset {
		// Cues start at word boundaries: skip the sentence's words before.
		if before := transcript.CountWords(turn.Text[sent.Offset:turn.Cues[n-1].Offset]); before < len(sent.Words) {
			return sent.Words[before:]
		}
	}
	return sent.Words
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
