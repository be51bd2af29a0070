package analyze

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Fillers counts filler words per 100 words.
var Fillers = &Analyzer{
	Name: "fillers",
	Doc: `Filler words: fillers per 100 words of the seller side's speech.

A filler is a phrase of the fillers list ("um", "uh", "er", "ah", "hmm",
"you know", "I mean", "sort of", "kind of", "basically", "like"), matched
left to right without overlap, except:

  - words inside a phrase of not_fillers are never fillers: "do you know",
    "let you know", "what I mean", "like I said", and "kind of"/"sort of"
    after what, this, that, the, a, any, some, which, every, same, my, your,
    our... ("what kind of CRM");
  - a turn that is only a backchannel (see backchannels: "Hmm.", "Uh,
    yeah.") has no fillers: it is a listener's signal, not hesitation;
  - "like" is a filler only where it cannot be a verb or a preposition: it
    opens the sentence or follows and, but, so, or, because, cause, a
    hesitation (um, uh, er, ah, hmm...) or a subject with "be" (it's, that's,
    I'm, he's, she's, we're, they're, you're, was, were); and the next word is
    a subject pronoun (I, we, they, he, she, I'm, it's, there's...), a
    hesitation, or one of so, oh, well, okay, yeah, just, really,
    literally, basically, totally. So "it's
    like, we never see it" and "um, like, they" count; "I like your
    approach", "it's like a CRM", "things like Slack", "and like you said"
    do not. This under-counts by design: a missed "like" costs less than
    scolding a seller for a verb.

fillers = seller-side fillers / seller-side words x 100, every word of the
seller's turns counting. Each speaker's own rate is reported beside it.
Sentences with a filler are tagged "filler", whoever says them. Many ASR
engines drop fillers from their text, so a low count on machine
transcripts means little. A lone speaker labelled a seller is measured:
fillers need no listener. n/a when no seller is identified or the seller
said no words.`,
	Metrics: []*MetricDef{{
		Name:  "fillers",
		Title: "Filler words",
		Unit:  UnitPer100,
		Doc:   "the seller side's fillers (um, uh, you know, like...) per 100 words",
		Target: &Target{Weight: 0.5, Good: Range{math.Inf(-1), 3}, Fair: Range{math.Inf(-1), 6},
			Why: "clarity target, a lastmile default: Gong Labs (about 500,000 B2B calls) found no link between filler words and win rates, and many ASR engines drop fillers"},
	}},
	Phrases: []*PhraseList{{
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
			"let you know", "lets you know", "letting you know", "what you know",
			"you know if", "you know whether", "you know who", "you know about",
			"what i mean",
			"like i said", "like you said", "like we said", "like i mentioned", "like you mentioned", "like we discussed", "like i say",
			"what kind of", "this kind of", "that kind of", "the kind of", "a kind of", "any kind of", "some kind of", "which kind of",
			"every kind of", "same kind of", "different kind of", "other kind of", "my kind of", "your kind of", "our kind of", "their kind of",
			"what sort of", "this sort of", "that sort of", "the sort of", "a sort of", "any sort of", "some sort of", "which sort of",
			"every sort of", "same sort of", "different sort of", "other sort of",
		},
	}},
	Run: runFillers,
}

var (
	// hesitations are the fillers that make a neighbouring "like" a filler.
	hesitations = setOf("um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm")
	// likeAfter are words after which "like" may be a filler.
	likeAfter = setOf("and", "but", "so", "or", "because", "cause",
		"it's", "that's", "i'm", "he's", "she's", "we're", "they're", "you're", "was", "were")
	// likeBefore are words before which "like" may be a filler.
	likeBefore = setOf("i", "we", "they", "he", "she", "i'm", "we're", "they're", "he's", "she's", "it's", "that's", "there's", "there",
		"so", "oh", "well", "okay", "ok", "yeah", "just", "really", "literally", "basically", "totally")
)

// fillerLike reports whether words[i], a "like", is a filler.
func fillerLike(words []string, i int) bool {
	before := i == 0 || likeAfter[words[i-1]] || hesitations[words[i-1]]
	after := i+1 < len(words) && (likeBefore[words[i+1]] || hesitations[words[i+1]])
	return before && after
}

// fillerTally counts a speaker's fillers.
type fillerTally struct {
	words, fillers int
	by             map[string]int // phrase -> count
}

func (f *fillerTally) detail() string {
	s := fmt.Sprintf("%d in %d words", f.fillers, f.words)
	if f.words == 1 {
		s = fmt.Sprintf("%d in 1 word", f.fillers)
	}
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
		parts[i] = fmt.Sprintf("%s %d", spoken(strings.Fields(name)), f.by[name])
	}
	return s + " (" + strings.Join(parts, ", ") + ")"
}

func runFillers(pass *Pass) error {
	t := pass.Transcript
	fillers, never := pass.Phrases("fillers"), pass.Phrases("not_fillers")
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
		if turn.Role == RoleRep {
			side.words += n
		}
		if n <= maxBackchannelWords && pass.Rubric.IsBackchannel(turnWords(turn)) {
			continue
		}
		for si := range turn.Sentences {
			found := false
			eachFiller(turn.Sentences[si].Words, fillers, never, func(phrase string) {
				found = true
				tl.fillers++
				tl.by[phrase]++
				if turn.Role == RoleRep {
					side.fillers++
					side.by[phrase]++
				}
			})
			if found {
				pass.Tag(Ref{ti, si}, "filler")
			}
		}
	}
	for _, s := range t.Speakers {
		if tl := tallies[s.Name]; tl != nil && tl.words > 0 {
			pass.SpeakerValue("fillers", s.Name, 100*float64(tl.fillers)/float64(tl.words), tl.detail())
		}
	}
	if reason := noSellerSpeech(t); reason != "" {
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
// words.
func eachFiller(words []string, fillers, never *Phrases, fn func(phrase string)) {
	for i := 0; i < len(words); {
		if m, ok := never.HasPrefix(words[i:]); ok {
			i += m.End
			continue
		}
		m, ok := fillers.HasPrefix(words[i:])
		if !ok || m.End == 1 && words[i] == "like" && !fillerLike(words, i) {
			i++
			continue
		}
		fn(m.Phrase)
		i += m.End
	}
}

// turnWords returns a short turn's words as one slice.
func turnWords(turn *Turn) []string {
	if len(turn.Sentences) == 1 {
		return turn.Sentences[0].Words
	}
	var words []string
	for i := range turn.Sentences {
		words = append(words, turn.Sentences[i].Words...)
	}
	return words
}
