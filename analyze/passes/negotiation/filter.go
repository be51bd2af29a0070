package negotiation

import (
	"strings"
	"sync"

	"github.com/lastmile/lastmile/analyze/internal/english"
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
	bitFigure // a figure may be named: see filter.mask
	// words the rules read outside the lists
	bitTake      // "take ... off"
	bitDiscount  // a discount asked for
	bitBudget    // "no budget", "eleven thousand less"
	bitFree      // "a new terminal, free, that..."
	bitStandard  // a standard offer
	bitTradeWord // "trade", "in return", "take something out"
	bitCost      // a cost or a spend masked()
	bitNumber    // a number word (only in the index: it is bitFigure next to a figure's word)

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

// A filter tells, from a sentence's words with about one lookup a word,
// which of the detector's lists may match in it: each phrase is keyed by
// its rarest word or pair of adjacent words (by a guess), which any match
// of it holds.
type filter struct {
	index *wordset.Index[*filterWord]
	// bloom has the bit of bloomOf(w) set for each word of the index: most
	// words of a sentence are turned away by it.
	bloom [1 << bloomBits / 64]uint64
	// maxFig is the length of the longest figure word; figFirst has the
	// first bytes of figure words.
	maxFig   int
	figFirst [256]bool
}

// A filterWord is a word's bits as a key, and the pairs keyed by it.
type filterWord struct {
	bits  uint32
	pairs []filterPair
}

// A filterPair is a pair of adjacent words keyed by its rarer word: the
// other (in its spellings) comes before it or after.
type filterPair struct {
	other []string
	after bool
	bits  uint32
}

const bloomBits = 16

// bloomOf hashes a word for the bloom table.
func bloomOf(w string) uint32 {
	n := len(w)
	h := uint32(n)<<24 ^ uint32(w[0])<<16 ^ uint32(w[n-1])<<8 ^ uint32(w[n>>1])
	return h * 0x9e3779b1 >> (32 - bloomBits)
}

// common words make poor keys, most sentences having them: 3 the most
// common, 2 very common, 1 common.
var common = func() map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(`a the to of in and is it that you your we i`) {
		m[w] = 3
	}
	for _, w := range strings.Fields(`an on at for or it's that's this our my us me
		be do does what how can would will are with not no so up than more they their we're you're i'm i'll we'll`) {
		if m[w] == 0 {
			m[w] = 2
		}
	}
	for _, w := range strings.Fields(`much where going have has can't don't could i'd we've about something first year one way
		get go need there if out just all any some really think know then was were been which who when want see`) {
		m[w] = 1
	}
	return m
}()

// keyOf picks what a phrase is keyed by: a pair of adjacent words, rarer
// than the rarer of them, or a word; the least common, the longest of
// those. Its second word is "" for a word.
func keyOf(parts []string) (string, string) {
	best, score := [2]string{}, 1<<30
	try := func(a, b string, s int) {
		s = s*100 - len(a) - len(b)
		if s < score {
			best, score = [2]string{a, b}, s
		}
	}
	for i, w := range parts {
		if w == "*" || w == "..." {
			continue
		}
		try(w, "", 2*common[w])
		if i+1 < len(parts) && parts[i+1] != "*" && parts[i+1] != "..." {
			try(w, parts[i+1], 2*min(common[w], common[parts[i+1]])-1)
		}
	}
	return best[0], best[1]
}

type filterKey [9]*phrase.Matcher

var filters sync.Map // filterKey → *filter

// forms are the spellings of a word a raw sentence may have: lex writes
// out "cant" as "can't", "ok" as "okay".
func forms(w string) []string {
	out := []string{w}
	if s := strings.ReplaceAll(w, "'", ""); s != w {
		out = append(out, s)
	}
	if w == "okay" {
		out = append(out, "ok")
	}
	return out
}

// newFilter makes (once per set of lists) the filter of a detector.
func newFilter(d *detector) *filter {
	k := filterKey{d.terms, d.notPrice, d.own, d.objections, d.requests, d.cues, d.soft, d.trades, d.claims}
	if f, ok := filters.Load(k); ok {
		return f.(*filter)
	}
	words := make(map[string]filterWord)
	add := func(w string, bit uint32, p *filterPair) {
		for _, f := range forms(w) {
			e := words[f]
			if p != nil {
				e.pairs = append(e.pairs, *p)
			} else {
				e.bits |= bit
			}
			words[f] = e
		}
	}
	for i, l := range k {
		bit := uint32(1) << i
		l.Parts(func(parts []string) {
			a, b := keyOf(parts)
			switch {
			case b == "":
				add(a, bit, nil)
			case common[b] < common[a] || common[b] == common[a] && len(b) > len(a):
				add(b, 0, &filterPair{other: forms(a), bits: bit})
			default:
				add(a, 0, &filterPair{other: forms(b), after: true, bits: bit})
			}
		})
	}
	for bit, ws := range ruleWords {
		for _, w := range ws {
			add(w, bit, nil)
		}
	}
	f := &filter{}
	figureWords.Words(func(w string) {
		if numberWords.Has(w) && !magnitudes.Has(w) {
			add(w, bitNumber, nil)
		} else {
			add(w, bitFigure, nil)
		}
		f.maxFig = max(f.maxFig, len(w))
		f.figFirst[w[0]] = true
	})
	add("invoices", bitFigure, nil)
	// lex drops fillers: no phrase with one matches, and a pair is read
	// across them.
	english.FillerWords.Words(func(w string) { delete(words, w) })
	ptrs := make(map[string]*filterWord, len(words))
	for w, e := range words {
		ptrs[w] = &e
	}
	f.index = wordset.New(ptrs)
	for w := range words {
		if w != "" {
			h := bloomOf(w)
			f.bloom[h/64] |= 1 << (h % 64)
		}
	}
	actual, _ := filters.LoadOrStore(k, f)
	return actual.(*filter)
}

// holds reports whether the word next to words[i] (before it, or after),
// fillers passed over, is one of other.
func (p *filterPair) holds(words []string, i int) bool {
	step := -1
	if p.after {
		step = 1
	}
	for j := i + step; j >= 0 && j < len(words); j += step {
		w := words[j]
		for _, o := range p.other {
			if w == o {
				return true
			}
		}
		if !isFiller(w) {
			return false
		}
	}
	return false
}

// mask returns the bits of a sentence from its words (lex's, or the
// transcript's before lex: the ASR spellings lex writes out are keyed too,
// and pairs are read across the fillers lex drops) and its text.
func (f *filter) mask(words []string, text string) uint32 {
	var m, fig uint32
	for i, w := range words {
		if w == "" {
			continue
		}
		if h := bloomOf(w); f.bloom[h/64]&(1<<(h%64)) != 0 {
			if e, ok := f.index.Get(w); ok {
				m |= e.bits &^ bitNumber
				if e.bits&bitNumber != 0 && fig == 0 && numberAt(words, i) {
					fig = bitFigure
				}
				for k := range e.pairs {
					if p := &e.pairs[k]; m&p.bits != p.bits && p.holds(words, i) {
						m |= p.bits
					}
				}
			}
		}
		if fig != 0 {
			continue
		}
		if w[0] >= '0' && w[0] <= '9' || strings.HasPrefix(w, "net") {
			fig = bitFigure
			continue
		}
		if !f.figFirst[w[0]] {
			continue
		}
		for j := 1; j+1 < len(w) && j <= f.maxFig; j++ {
			if w[j] == '-' {
				// "forty-two", "net-30" (a prefix of figureWords is what
				// mayFigure reads)
				if e, ok := f.index.Get(w[:j]); ok && (e.bits&bitFigure != 0 || e.bits&bitNumber != 0 && numberAt(words, i)) {
					fig = bitFigure
				}
				break
			}
		}
	}
	if fig == 0 && mayCurrency(text) && hasCurrency(text) {
		fig = bitFigure
	}
	return m | fig
}

// numberBefore may come right before a number word that is a figure:
// "go above forty", "closer to twenty", "let's say nineteen", "I'll do
// like twelve" (bareFigure, offerFrames); numberAfter right after it:
// "eighteen a seat", "ten percent off" (figure, the percent rules).
var (
	numberBefore = english.SetOf("above", "below", "under", "to", "at", "say", "beyond", "do", "go", "like", "about")
	numberAfter  = english.SetOf("a", "per", "each", "percent")
)

// numberAt reports whether the number word words[i] may be part of a
// figure: with a unit or magnitude it is (those have bitFigure);
// otherwise only next to a word of numberBefore or numberAfter, fillers
// passed over (lex drops them).
func numberAt(words []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if numberBefore.Has(words[j]) {
			return true
		}
		if !isFiller(words[j]) {
			break
		}
	}
	for j := i + 1; j < len(words); j++ {
		if numberAfter.Has(words[j]) {
			return true
		}
		if !isFiller(words[j]) {
			break
		}
	}
	return false
}

// maxFiller is the length of the longest filler word.
var maxFiller = func() int {
	n := 0
	english.FillerWords.Words(func(w string) { n = max(n, len(w)) })
	return n
}()

// isFiller is english.FillerWords.Has, turning long words away first.
func isFiller(w string) bool { return len(w) <= maxFiller && english.FillerWords.Has(w) }

// mayCurrency reports whether text may have a currency sign: a '$', the
// first byte of "£" and "¥" (C2), or the second of "€" and "₹" (82). False
// is certain.
func mayCurrency(text string) bool {
	return strings.IndexByte(text, '$') >= 0 || strings.IndexByte(text, 0x82) >= 0 || strings.IndexByte(text, 0xc2) >= 0
}
