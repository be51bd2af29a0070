// Package fillers counts the seller's filler words per 100 words.
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package fillers

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Fillers counts filler words per 100 words.
var Analyzer = &analyze.Analyzer{
	Name: "fillers",
	Doc: `Filler words: fillers per 100 words of the seller side's speech.

A filler is a phrase of the fillers list ("um", "uh", "er", "ah", "hmm",
"you know", "I mean", "sort of", "kind of", "basically", "like"), matched
left to right without overlap, except:

  - words inside a phrase of not_fillers are never fillers: "do you know",
    "let you know", "what I mean", "like I said"...;
  - a turn that is only a backchannel (see backchannels: "Hmm.", "Uh,
    yeah.") has no fillers: it is a listener's signal, not hesitation;
  - "you know" and "I mean" are fillers only when set off by a comma
    (before or after them) or at the end of the sentence: "it's, you know,
    slow", "I mean, it works", "it's slow you know" count; "I mean it",
    "What do I mean by that?", "Now you know how it works", "You know Sarah
    from finance?" do not (so in machine text without commas only a
    sentence-final one counts);
  - "kind of" and "sort of" are not fillers after a word that makes them a
    noun phrase: a determiner or adjective (what, which, this, that, these,
    those, the, a, an, any, some, every, each, other, another, same,
    different, new, right, wrong, certain, particular) or a possessive
    (my, your, our, their, his, her, its, Acme's): "what kind of CRM", "the
    right kind of partner";
  - "like" is a filler only where it cannot be a verb or a preposition: it
    opens the sentence or follows and, but, so, or, because, cause, another
    one-word filler of the list (um, uh, hmm, basically...) or a subject
    with "be" (it's, that's, I'm, he's, she's, we're, they're, you're, was,
    were); and the next word is a subject pronoun (I, we, they, he, she,
    I'm, it's, there's...), another one-word filler, or one of so, oh,
    well, okay, yeah, just, really, literally, totally. So "it's like, we
    never see it" and "um, like, they" count; "I like your approach", "it's
    like a CRM", "things like Slack", "and like you said" do not.

These rules under-count by design: a missed filler costs less than scolding
a seller for a verb.

fillers = seller-side fillers / seller-side words x 100, every word of the
seller's turns counting. Each speaker's own rate is reported beside it.
Sentences with a filler are tagged "filler", whoever says them. Many ASR
engines drop fillers from their text, so a low count on machine
transcripts means little. A lone speaker labelled a seller is measured:
fillers need no listener. n/a when no seller is identified or the seller
said no words.`,
	Metrics: []*analyze.MetricDef{{
		Name:  "fillers",
		Title: "Filler words",
		Unit:  analyze.UnitPer100,
		Doc:   "the seller side's fillers (um, uh, you know, like...) per 100 words",
		Target: &analyze.Target{Weight: 0.5, Good: analyze.Range{Min: math.Inf(-1), Max: 3}, Fair: analyze.Range{Min: math.Inf(-1), Max: 6},
			Why: "clarity target, a lastmile default: Gong Labs (about 500,000 B2B calls) found no link between filler words and win rates, and many ASR engines drop fillers"},
	}},
	Phrases: []*phrase.List{{
		Name: "fillers",
		Doc: `Filler words and phrases. "like" is only counted where it cannot be a verb or
a preposition (see the fillers analyzer).`,
		Default: []string{
			"um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm",
			"you know", "i mean", "sort of", "kind of", "basically", "like",
		},
	}, {
		Name: "not_fillers",
		Doc:  `Phrases whose words are never counted as fillers, matched before the fillers.`,
		Default: []string{
			"do you know", "did you know", "don't you know", "didn't you know", "would you know", "if you know", "as you know",
			"let you know", "lets you know", "letting you know", "what you know", "so you know",
			"you know if", "you know whether", "you know who", "you know about",
			"what i mean",
			"like i said", "like you said", "like we said", "like i mentioned", "like you mentioned", "like we discussed", "like i say",
		},
	}},
	Tags: []*analyze.TagDef{
		{Name: "filler", Title: "filler", Tone: analyze.ToneMuted, Doc: "Filler words: um, uh, you know…"},
	},
	Run: runFillers,
}

var (
	// likeAfter are words after which "like" may be a filler.
	likeAfter = english.SetOf("and", "but", "so", "or", "because", "cause",
		"it's", "that's", "i'm", "he's", "she's", "we're", "they're", "you're", "was", "were")
	// likeBefore are words before which "like" may be a filler.
	likeBefore = english.SetOf("i", "we", "they", "he", "she", "i'm", "we're", "they're", "he's", "she's", "it's", "that's", "there's", "there",
		"so", "oh", "well", "okay", "ok", "yeah", "just", "really", "literally", "totally")
	// kindOfAfter are the words after which "kind of", "sort of" are a
	// noun phrase, not a hedge.
	kindOfAfter = english.SetOf("what", "which", "this", "that", "these", "those", "the", "a", "an", "any", "some", "every", "each",
		"other", "another", "same", "different", "new", "right", "wrong", "certain", "particular",
		"my", "your", "our", "their", "his", "her", "its")
	// notPossessive are the words whose 's is "is" or "has", not a possessive.
	notPossessive = english.SetOf("it's", "that's", "there's", "here's", "what's", "who's", "where's", "how's", "he's", "she's", "let's",
		"everything's", "something's", "nothing's", "everyone's", "one's", "which's", "when's", "why's")
)

// isFiller reports whether words[i:end] of s, a match of the fillers list,
// is a filler where it stands (see the Doc of Fillers). marks are read
// from s.Text when first needed.
func isFiller(s *transcript.Sentence, marks *turns.Marks, fillers *phrase.Matcher, i, end int) bool {
	words := s.Words
	switch {
	case end-i == 1 && words[i] == "like":
		return fillerLike(words, fillers, i)
	case end-i == 2 && (words[i] == "you" && words[i+1] == "know" || words[i] == "i" && words[i+1] == "mean"):
		if end == len(words) {
			return true
		}
		if *marks == nil {
			*marks = turns.MarksOf(s)
		}
		return marks.Comma(i) || marks.Comma(end)
	case end-i == 2 && words[i+1] == "of" && (words[i] == "kind" || words[i] == "sort") && i > 0:
		w := words[i-1]
		return !kindOfAfter.Has(w) && !(strings.HasSuffix(w, "'s") && !notPossessive.Has(w))
	}
	return true
}

// fillerLike reports whether words[i], a "like", is a filler.
func fillerLike(words []string, fillers *phrase.Matcher, i int) bool {
	before := i == 0 || likeAfter.Has(words[i-1]) || oneWordFiller(fillers, words[i-1:i])
	after := i+1 < len(words) && (likeBefore.Has(words[i+1]) || oneWordFiller(fillers, words[i+1:i+2]))
	return before && after
}

// oneWordFiller reports whether w, one word, is a filler of the list other
// than "like": "um", "uh", "basically"... The hesitations beside a "like"
// are read from the rubric's list, so that a word added to it counts here
// too.
func oneWordFiller(fillers *phrase.Matcher, w []string) bool {
	if w[0] == "like" {
		return false
	}
	_, ok := fillers.Equal(w)
	return ok
}

// fillerTally counts a speaker's fillers.
type fillerTally struct {
	words, fillers int
	by             map[string]int // phrase -> count
}

func (f *fillerTally) detail() string {
	s := fmt.Sprintf("%d in %s", f.fillers, analyze.Plural(f.words, "word"))
	if f.fillers == 0 {
		return s
	}
	names := make([]string, 0, len(f.by))
	for name := range f.by {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		if f.by[a] != f.by[b] {
			return f.by[b] - f.by[a]
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(names))
	for i, name := range names {
		parts[i] = fmt.Sprintf("%s %d", turns.Spoken(strings.Fields(name)), f.by[name])
	}
	return s + " (" + strings.Join(parts, ", ") + ")"
}

func runFillers(pass *analyze.Pass) error {
	t := pass.Transcript
	fillers, never := pass.Phrases("fillers"), pass.Phrases("not_fillers")
	starts := phrase.AnyStart(fillers, never)
	tallies := make(map[string]*fillerTally, len(t.Speakers))
	var side fillerTally
	side.by = make(map[string]int)
	for ti := range t.Turns {
		turn := &t.Turns[ti]
		tl := tallies[turn.Speaker]
		if tl == nil {
			tl = &fillerTally{by: make(map[string]int)}
			tallies[turn.Speaker] = tl
		}
		n := turn.Words()
		tl.words += n
		if turn.Role == transcript.RoleRep {
			side.words += n
		}
		if turns.IsBackchannelTurn(pass.Rubric, turn) {
			continue
		}
		for si := range turn.Sentences {
			found := false
			eachFiller(&turn.Sentences[si], fillers, never, starts, func(phrase string) {
				found = true
				tl.fillers++
				tl.by[phrase]++
				if turn.Role == transcript.RoleRep {
					side.fillers++
					side.by[phrase]++
				}
			})
			if found {
				pass.Tag(transcript.Ref{Turn: ti, Sentence: si}, "filler")
			}
		}
	}
	for _, s := range t.Speakers {
		if tl := tallies[s.Name]; tl != nil && tl.words > 0 {
			pass.SpeakerValue("fillers", s.Name, 100*float64(tl.fillers)/float64(tl.words), tl.detail())
		}
	}
	if reason := turns.NoSellerSpeech(t); reason != "" {
		pass.NotApplicable("fillers", reason)
		return nil
	}
	if side.words == 0 {
		pass.NotApplicable("fillers", "no seller words")
		return nil
	}
	pass.Value("fillers", 100*float64(side.fillers)/float64(side.words), side.detail())
	return nil
}

// eachFiller calls fn with the fillers list's phrase for every filler in
// the sentence.
func eachFiller(s *transcript.Sentence, fillers, never *phrase.Matcher, starts *phrase.Starts, fn func(phrase string)) {
	words := s.Words
	var marks turns.Marks
	for i := 0; i < len(words); {
		if !starts.May(words[i]) {
			i++
			continue
		}
		if m, ok := never.HasPrefix(words[i:]); ok {
			i += m.End
			continue
		}
		m, ok := fillers.HasPrefix(words[i:])
		if !ok || !isFiller(s, &marks, fillers, i, i+m.End) {
			i++
			continue
		}
		fn(m.Phrase)
		i += m.End
	}
}
