// Package focus measures how much the seller talks about the customer rather
// than about their own side (customer_focus).
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package focus

import (
	"fmt"
	"math"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Focus measures whether the seller talks about the customer or about
// themselves.
var Analyzer = &analyze.Analyzer{
	Name: "focus",
	Doc: `Customer focus: the share of the seller side's you-words among its you-words and I/we-words.

In the seller side's sentences, lastmile counts customer-centred words
(focus_you: you, your, yours, yourself, yourselves, you're, you've, you'll,
you'd, y'all) and self-centred words (focus_self: I, me, my, mine, myself,
we, us, our, ours, ourselves, I'm, I've, I'll, I'd, we're, we've, we'll,
we'd, let's, plus the rubric's company_names, which may be several words and
also match with a possessive 's: "Acme's"). A company name counts once, as
one self-centred word.

Words inside a phrase of focus_ignored are not counted: set phrases that do
not say who the sentence is about ("you know", "you see", "thank you",
"see you", "how are you", "I mean", the hedges "I think", "I guess",
"I suppose", "I feel like", "if you will", "mind you", "I'm sorry",
"excuse me", "let me know", "for your time", the requests "walk me
through", "tell me", "help me understand", "the US"...). A phrase starting
with "you" is still counted as a you-word when an auxiliary or "if", "when",
"what", "how", "that" comes right before it: "do you know", "did you see",
"if you see any issue" address the customer.

Decisions: "you guys", "you all" and "y'all" count as one you-word: plural
address is still about the customer. "let me" counts as self-centred ("let
me show you our..." is a mixed sentence), except "let me know", which asks
the customer to act, and requests for the customer to talk ("walk me
through", "tell me about"), which are about the customer: those are
ignored. "I'm sorry" is ignored: it is
politeness, not self-focus. An inclusive "we" ("how should we roll this
out?") cannot be told from the seller's "we" and counts as self-centred.

customer_focus = you-words / (you-words + self-centred words) x 100 over
all seller-side speakers; each seller speaker's own figure is reported
beside it. Each seller sentence with counted words is tagged
"customer-centred" (only you-words), "self-centred" (only self-centred
words) or "mixed" (both). n/a with one speaker (even one labelled a seller:
there is no customer to focus on), when no seller is identified, or when the
seller used no you/I/we words.`,
	Metrics: []*analyze.MetricDef{{
		Name:   "customer_focus",
		Column: "Focus",
		Title:  "Customer focus",
		Unit:   analyze.UnitPercent,
		Doc:    "you-words as a share of the seller's you- and I/we-words",
		Target: &analyze.Target{Weight: 2, Good: analyze.Range{Min: 50, Max: math.Inf(1)}, Fair: analyze.Range{Min: 35, Max: math.Inf(1)},
			Why: `Corporate Visions' "One Little Word" study with Prof. Nick Lee (Warwick Business School): you-phrased messages beat we-phrased ones on persuasion and purchase intent; the 50%/35% thresholds are a lastmile default`},
	}},
	Phrases: []*phrase.List{{
		Name:    "focus_you",
		Doc:     `Customer-centred words: the seller talking about the customer.`,
		Default: []string{"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd", "y'all"},
	}, {
		Name: "focus_self",
		Doc: `Self-centred words: the seller talking about themselves or their company
(the rubric's company_names count too).`,
		Default: []string{"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
			"i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", "let's"},
	}, {
		Name: "focus_ignored",
		Doc: `Set phrases whose you/I/we words customer_focus does not count: discourse
markers, hedges, greetings and politeness. A phrase starting with "you" is
still counted after an auxiliary or if/when/what/how/that ("do you know").`,
		Default: []string{
			"you know", "you see", "if you know what i mean", "if you will", "mind you",
			"thank you", "see you", "how are you", "nice to meet you", "good to meet you", "you're welcome",
			"talk to you soon", "talk to you later", "bless you", "for your time",
			"i mean", "i think", "i guess", "i suppose", "i feel like",
			"i'm sorry", "i am sorry", "excuse me", "pardon me", "let me know",
			// Asking the customer to talk is about them, not the seller.
			"walk me through", "tell me", "help me understand", "show me", "remind me", "give me a sense",
			"the us",
		},
	}},
	Tags: []*analyze.TagDef{
		{Name: "customer-centred", Title: "customer-centred", Tone: analyze.ToneGood,
			Doc: "Speaks about the customer (you, your) more than about the seller's side"},
		{Name: "self-centred", Title: "self-centred", Tone: analyze.ToneWarn,
			Doc: "Speaks about the seller's side (I, we, our company) more than about the customer"},
		{Name: "mixed", Title: "mixed focus", Tone: analyze.ToneMuted, Doc: "Speaks about both sides alike"},
	},
	Run: runFocus,
}

// focusGuard holds the words after which a focus_ignored phrase starting
// with "you" is counted after all.
var focusGuard = english.SetOf("do", "does", "did", "don't", "doesn't", "didn't", "can", "can't", "could", "couldn't",
	"would", "wouldn't", "will", "won't", "should", "shouldn't", "have", "has", "had", "are", "were",
	"if", "when", "what", "how", "that")

// focusCount holds a tally of you-words and self-centred words.
type focusCount struct{ you, self int }

func (c focusCount) detail() string { return fmt.Sprintf("you %d, I/we %d", c.you, c.self) }

func runFocus(pass *analyze.Pass) error {
	t := pass.Transcript
	if reason := turns.NoSeller(t); reason != "" {
		pass.NotApplicable("customer_focus", reason)
		return nil
	}
	you, self := pass.Phrases("focus_you"), pass.Phrases("focus_self")
	ignored, company := pass.Phrases("focus_ignored"), pass.Rubric.Company()
	starts := phrase.AnyStart(you, self, ignored, company)
	var total focusCount
	bySpeaker := make(map[string]focusCount)
	var trimmed []string
	for ti := range t.Turns {
		turn := &t.Turns[ti]
		if turn.Role != transcript.RoleRep {
			continue
		}
		for si := range turn.Sentences {
			words := turn.Sentences[si].Words
			names := words
			if company.Len() > 0 {
				trimmed, names = withoutPossessives(trimmed[:0], words)
			}
			c := countFocus(words, names, you, self, ignored, company, starts)
			switch {
			case c.you > 0 && c.self > 0:
				pass.Tag(transcript.Ref{Turn: ti, Sentence: si}, "mixed")
			case c.you > 0:
				pass.Tag(transcript.Ref{Turn: ti, Sentence: si}, "customer-centred")
			case c.self > 0:
				pass.Tag(transcript.Ref{Turn: ti, Sentence: si}, "self-centred")
			}
			s := bySpeaker[turn.Speaker]
			s.you, s.self = s.you+c.you, s.self+c.self
			bySpeaker[turn.Speaker] = s
			total.you, total.self = total.you+c.you, total.self+c.self
		}
	}
	for _, name := range t.Sellers() {
		if c := bySpeaker[name]; c.you+c.self > 0 {
			pass.SpeakerValue("customer_focus", name, 100*float64(c.you)/float64(c.you+c.self), c.detail())
		}
	}
	if total.you+total.self == 0 {
		pass.NotApplicable("customer_focus", "no you/I/we words")
		return nil
	}
	pass.Value("customer_focus", 100*float64(total.you)/float64(total.you+total.self), total.detail())
	return nil
}

// countFocus counts the you-words and self-centred words of one sentence.
// names is words with possessive 's removed, for matching company names.
func countFocus(words, names []string, you, self, ignored, company *phrase.Matcher, starts *phrase.Starts) focusCount {
	var c focusCount
	for i := 0; i < len(words); {
		if !starts.May(words[i]) && !starts.May(names[i]) {
			i++ // the common case: no list has a phrase that starts here
			continue
		}
		if m, ok := ignored.HasPrefix(words[i:]); ok && !(words[i] == "you" && i > 0 && focusGuard.Has(words[i-1])) {
			i += m.End
			continue
		}
		if m, ok := company.HasPrefix(names[i:]); ok {
			c.self++
			i += m.End
			continue
		}
		if m, ok := self.HasPrefix(words[i:]); ok {
			c.self++
			i += m.End
			continue
		}
		if m, ok := you.HasPrefix(words[i:]); ok {
			c.you++
			i += m.End
			continue
		}
		i++
	}
	return c
}

// withoutPossessives returns words with a trailing 's removed from each,
// using buf; when no word has one it returns words itself.
func withoutPossessives(buf, words []string) ([]string, []string) {
	has := false
	for _, w := range words {
		if len(w) > 2 && w[len(w)-2:] == "'s" {
			has = true
			break
		}
	}
	if !has {
		return buf, words
	}
	for _, w := range words {
		if len(w) > 2 && w[len(w)-2:] == "'s" {
			w = w[:len(w)-2]
		}
		buf = append(buf, w)
	}
	return buf, buf
}
