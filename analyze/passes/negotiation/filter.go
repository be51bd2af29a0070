package negotiation

import (
	"strings"
	"sync"

	"github.com/lastmile/lastmile/analyze/internal/wordset"
	"github.com/lastmile/lastmile/analyze/phrase"
)

// The bits of a sentence's mask: which lists may match in it, whether it
// has a word a rule of the code reads, whether it may name a figure.
const (
	bitTerms uint32 = 1 << iota
	bitNotPrice
	bitOwn
	bitObjections
	bitRequests
	bitCues
	bitSoft
	bitTrades
	bitClaims
	bitFigure // a word a figure rule may start at, or a currency sign
	// words the rules read outside the lists
	bitTake      // "take ... off"
	bitDiscount  // a discount asked for
	bitBudget    // "no budget", "eleven thousand less"
	bitFree      // "a new terminal, free, that..."
	bitStandard  // a standard offer
	bitTradeWord // "trade", "in return", "take something out"
	bitCost      // a cost or a spend masked()

	// The bits that can make a sentence price, an objection, a concession,
	// a trade or a value claim, by speaker: a sentence with none of them is
	// none of these.
	bitsCustomer = bitTerms | bitObjections | bitRequests | bitTake | bitDiscount | bitFigure
	bitsSeller   = bitTerms | bitCues | bitSoft | bitTrades | bitTake | bitFree | bitTradeWord | bitFigure
	bitsOther    = bitTerms | bitFigure
)

// ruleWords are the words the rules read outside the phrase lists.
var ruleWords = map[uint32][]string{
	bitTake:      {"take", "knock", "shave", "taking", "knocking"},
	bitDiscount:  {"discount", "discounts"},
	bitBudget:    {"budget", "money", "less", "cheaper", "lower"},
	bitFree:      {"free"},
	bitStandard:  {"standard", "everyone", "everybody", "policy", "always"},
	bitTradeWord: {"take", "trade", "trades", "tradeoff", "trade-off", "return", "exchange"},
	bitCost:      {"cost", "costs", "costing", "spend", "spent", "pay", "paying"},
}

// A filter tells, from a sentence's words with one lookup a word, which of
// the detector's lists may match in it: each phrase is keyed by one of its
// literal words (its rarest, by a guess), which any match of it holds.
type filter struct {
	// index holds a list's bit for the first key of its phrases, and the
	// bit shifted by 32 for the second.
	index *wordset.Index[uint64]
}

// common words make poor keys, most sentences having them: 2 the most
// common, 1 common.
var common = func() map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(`a an the to of in on at for and or is it it's that that's this you your we our i my us me
		be do does what how can would will are with not no so up than more they their we're you're i'm i'll we'll`) {
		m[w] = 2
	}
	for _, w := range strings.Fields(`much where going have has can't don't could i'd we've about something first year one way
		get go need there if out just all any some really think know then was were be been which who when want see`) {
		m[w] = 1
	}
	return m
}()

// keys picks the two literals a phrase is keyed by: the longest of its
// least common words, and the next (the same one for a phrase of one word).
func keys(words []string) (string, string) {
	rarer := func(w, than string) bool {
		return than == "" || common[w] < common[than] || common[w] == common[than] && len(w) > len(than)
	}
	a, b := "", ""
	for _, w := range words {
		switch {
		case rarer(w, a):
			a, b = w, a
		case w != a && rarer(w, b):
			b = w
		}
	}
	if b == "" {
		b = a
	}
	return a, b
}

type filterKey [9]*phrase.Matcher

var filters sync.Map // filterKey → *filter

// newFilter makes (once per set of lists) the filter of a detector.
func newFilter(d *detector) *filter {
	k := filterKey{d.terms, d.notPrice, d.own, d.objections, d.requests, d.cues, d.soft, d.trades, d.claims}
	if f, ok := filters.Load(k); ok {
		return f.(*filter)
	}
	m := make(map[string]uint64)
	add := func(w string, bit uint64) {
		m[w] |= bit
		// A raw sentence word may be the ASR spelling lex writes out:
		// "cant" for "can't", "ok" for "okay".
		if s := strings.ReplaceAll(w, "'", ""); s != w {
			m[s] |= bit
		}
		if w == "okay" {
			m["ok"] |= bit
		}
	}
	for i, l := range k {
		if l == nil {
			continue
		}
		bit := uint64(1) << i
		l.Literals(func(words []string) {
			a, b := keys(words)
			add(a, bit)
			add(b, bit<<32)
		})
	}
	for bit, words := range ruleWords {
		for _, w := range words {
			add(w, uint64(bit)*(1<<32+1))
		}
	}
	figureWords.Words(func(w string) { add(w, uint64(bitFigure)*(1<<32+1)) })
	f := &filter{index: wordset.New(m)}
	actual, _ := filters.LoadOrStore(k, f)
	return actual.(*filter)
}

// mask returns the bits of a sentence from its words (lex's, or the
// transcript's before lex: the ASR spellings lex writes out are keyed too)
// and its text.
func (f *filter) mask(words []string, text string) uint32 {
	var m uint64
	var fig uint32
	for _, w := range words {
		if w == "" {
			continue
		}
		v, _ := f.index.Get(w)
		m |= v
		if w[0] >= '0' && w[0] <= '9' || strings.HasPrefix(w, "net") {
			fig = bitFigure
		} else if i := strings.IndexByte(w, '-'); i >= 0 {
			v, _ := f.index.Get(w[:i])
			fig |= uint32(v) & bitFigure
		}
	}
	if fig == 0 && mayCurrency(text) && hasCurrency(text) {
		fig = bitFigure
	}
	return uint32(m)&uint32(m>>32) | fig
}

// mayCurrency reports whether text has a '$' or a byte outside ASCII (the
// other currency signs are): false is certain.
func mayCurrency(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] == '$' || text[i] >= 0x80 {
			return true
		}
	}
	return false
}
