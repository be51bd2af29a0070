package negotiation

import (
	"regexp"
	"strings"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/phrase"
)

// detector holds the rubric's compiled lists for one pass.
type detector struct {
	terms, notPrice, own, objections, requests, cues, soft, trades, values, flats, acks, claims *phrase.Matcher

	filter *filter
	// mask is the filter's bits of the sentence being read: a list whose
	// bit is clear cannot match in it, and is not tried.
	mask uint32
	// scratch backs the masked words of the sentence being read.
	scratch []string
}

func newDetector(pass *analyze.Pass) *detector {
	d := &detector{
		terms: pass.Phrases("price_terms"), notPrice: pass.Phrases("not_price"), own: pass.Phrases("own_money"),
		objections: pass.Phrases("price_objections"), requests: pass.Phrases("price_requests"),
		cues: pass.Phrases("concession_cues"), soft: pass.Phrases("soft_concessions"), trades: pass.Phrases("trade_terms"),
		values: pass.Phrases("value_terms"), flats: pass.Phrases("flat_refusals"), acks: pass.Phrases("price_acknowledgements"),
		claims: pass.Phrases("value_claims"),
	}
	d.filter = newFilter(d)
	return d
}

// find is m.Find, when the sentence's mask says m may match.
func (d *detector) find(bit uint32, m *phrase.Matcher, words []string) (phrase.Match, bool) {
	if d.mask&bit == 0 {
		return phrase.Match{}, false
	}
	return m.Find(words)
}

// findAll is findAll, when the sentence's mask says m may match.
func (d *detector) findAll(bit uint32, m *phrase.Matcher, words []string) []phrase.Match {
	if d.mask&bit == 0 {
		return nil
	}
	return findAll(m, words)
}

var (
	currencyRE = regexp.MustCompile(`[$€£₹¥]\s?\d`)
	netRE      = regexp.MustCompile(`^net-?(\d+|thirty|forty-five|sixty|seventy-five|ninety|fifteen|forty|forty-five)$`)
	longNetRE  = regexp.MustCompile(`^net-?(4[5-9]|[5-9]\d|1\d\d|forty-five|sixty|seventy-five|ninety)$`)
)

// masked returns words with the phrases of not_price blanked out, and the
// seller's "cost you" (what the problem costs the customer) too.
func (d *detector) masked(words []string, seller bool) []string {
	if d.mask&(bitNotPrice|bitCost) == 0 {
		return words
	}
	out := words // copied on the first write: most sentences mask nothing
	blank := func(k int) {
		if &out[0] == &words[0] {
			out = append(d.scratch[:0], words...)
		}
		out[k] = ""
	}
	for _, m := range d.findAll(bitNotPrice, d.notPrice, words) {
		for k := m.Start; k < m.End; k++ {
			blank(k)
		}
	}
	for i, w := range out {
		switch w {
		case "cost", "costs", "costing":
			if seller && (at(out, i+1) == "you" || at(out, i+1) == "your") {
				// What the problem costs the customer: its figures are
				// theirs too ("it's costing you forty thousand a quarter").
				for k := range out {
					if isNumber(out[k]) || units.Has(out[k]) || magnitudes.Has(out[k]) {
						blank(k)
					}
				}
				blank(i)
			}
			if ownCost.Has(at(out, i-1)) || ownCost.Has(at(out, i-2)) && !deals.Has(at(out, i-1)) {
				blank(i) // "your biggest cost", "our labour costs"
			}
		case "spend", "spent", "pay", "paying":
			if at(out, i+1) == "today" {
				blank(i)
			}
			// Time, not money: "we spend six hours a week on it".
			for k := i + 1; k < i+4 && k < len(out); k++ {
				if timeWords.Has(out[k]) || out[k] == "time" {
					blank(i)
				}
			}
		}
	}
	return out
}

var (
	// ownCost before "cost" make it the customer's: "your biggest cost".
	ownCost = english.SetOf("your", "our", "their", "biggest", "labour", "labor", "fuel", "freight", "operating", "running", "staffing")
	// deals between such a word and "cost" keep it the deal's: "our
	// setup cost"
	deals = english.SetOf("setup", "set-up", "implementation", "onboarding", "licence", "license", "subscription", "total", "monthly", "annual")
)

// ownMoney reports whether the sentence's money is the customer's own
// business.
func (d *detector) ownMoney(words []string) bool {
	_, ok := d.find(bitOwn, d.own, words)
	return ok
}

// figure reports whether the words (masked) name an amount of money.
func figure(words []string, text string) bool {
	if hasCurrency(text) && currencyRE.MatchString(text) && !problemCost(words) {
		return true
	}
	for i, w := range words {
		if !mayFigure(w) {
			continue // most words: one lookup
		}
		switch {
		case hasDigitsK(w) || strings.HasPrefix(w, "net") && netRE.MatchString(w) || w == "net" && isNumber(at(words, i+1)):
			return true
		case units.Has(w) && i > 0 && (isNumber(words[i-1]) || magnitudes.Has(words[i-1])):
			// "four hundred dollars of fuel a day" is what the customer
			// spends on something, not the deal's price.
			return at(words, i+1) != "of"
		case magnitudes.Has(w) && i > 0 && isNumber(words[i-1]) && moneyFollower(at(words, i+1)) && !(at(words, i+1) == "" && countsThings(words)):
			return true
		case isNumber(w) && (at(words, i+1) == "a" || at(words, i+1) == "per" || at(words, i+1) == "each") && perUnits.Has(at(words, i+2)):
			return true
		case isNumber(w) && at(words, i+1) == "percent" && comparatives.Has(at(words, i+2)):
			return true // "twelve percent less", "ten percent off"
		}
	}
	return false
}

// hasCurrency reports a currency sign in text, cheaply.
func hasCurrency(text string) bool {
	return strings.IndexByte(text, '$') >= 0 || strings.Contains(text, "€") || strings.Contains(text, "£") ||
		strings.Contains(text, "₹") || strings.Contains(text, "¥")
}

// figureWords are the words a figure rule can start at.
var figureWords = english.SetOf(append(append(append([]string{"net"}, numberWordList...), unitList...), "hundred", "thousand",
	"million", "k", "grand", "hundreds", "thousands")...)

// mayFigure reports whether a figure rule may start at w: digits, a number
// word (or the first part of one: "forty" of "forty-two"), a unit, a
// magnitude, "net-30".
func mayFigure(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' || strings.HasPrefix(w, "net") {
		return true
	}
	key, _, _ := strings.Cut(w, "-")
	return figureWords.Has(key)
}

// problemCost reports whether masked() blanked a sentence's figures as
// what a problem costs the customer (a blank "cost" before "you"): its
// currency signs then do not count either.
func problemCost(masked []string) bool {
	for i, w := range masked {
		if w == "" && (at(masked, i+1) == "you" || at(masked, i+1) == "your") {
			return true
		}
	}
	return false
}

// comparatives after "N percent" make it a price difference.
var comparatives = english.SetOf("less", "cheaper", "lower", "more", "higher", "off", "above", "below", "under", "over")

// countVerbs end in s but are not plural nouns: a magnitude before them
// can still be money ("ten thousand has to...").
var countVerbs = map[string]bool{"is": true, "has": true, "was": true, "plus": true, "across": true, "includes": true, "covers": true,
	"sounds": true, "seems": true, "feels": true, "gets": true, "comes": true, "goes": true, "works": true, "this": true, "us": true}

// plural reports whether w looks like a plural noun: "two hundred people"
// counts people, not money.
func plural(w string) bool {
	if w == "people" || w == "staff" || w == "of" {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !countVerbs[w] && !units.Has(w)
}

// moneyFollower reports whether the word after a bare magnitude lets it
// be money: "forty thousand a year", "twenty-six thousand for the first
// year", "sixty-eight thousand." (not "two hundred people", "twenty-two
// hundred last month").
func moneyFollower(w string) bool {
	switch w {
	case "", "a", "per", "each", "for", "and", "plus", "with", "up", "on", "all-in", "total", "flat", "has", "is", "set", "to", "or", "off", "tops",
		"less", "more", "cheaper", "lower", "higher", "difference":
		return true
	}
	return false
}

// countsThings reports whether a sentence counts things ("forty
// drivers"): its bare magnitudes ("not four hundred") count them too.
func countsThings(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if isNumber(words[i]) && plural(words[i+1]) && words[i+1] != "of" {
			return true
		}
	}
	return false
}

// bareFigure finds a figure bargained over without a unit: "go above
// forty", "closer to twenty", "came in at thirty-one", "let's say nineteen".
func bareFigure(words []string, commas []bool) bool {
	if has(words, timeWords) {
		return false
	}
	for i := 1; i+1 <= len(words)-1; i++ {
		if !figurePreps.Has(words[i]) || !isNumber(words[i+1]) || at(words, i-1) == "up" || at(words, i-1) == "from" {
			continue
		}
		if words[i] == "at" && at(words, i-1) != "in" && at(words, i-1) != "we're" && at(words, i-1) != "be" {
			continue // "call you back at four": a time; "came in at thirty-one": a figure
		}
		next := at(words, i+2)
		if figureEnders.Has(next) || i+2 < len(commas) && commas[i+2] {
			return true
		}
	}
	return false
}

// A reading is what the price rules read of one sentence, made once: its
// words masked (not_price, a problem's cost, money words inside a name such
// as "Ratewell Payments"), and whether it names a figure of the deal's money
// and is about the deal's price by its words alone.
type reading struct {
	m               []string
	own, fig, price bool
}

func (d *detector) read(words []string, commas, caps []bool, text string, seller bool) reading {
	m := d.masked(words, seller)
	for i := range m {
		if i < len(caps) && caps[i] && (i+1 == len(m) || i+1 < len(caps) && caps[i+1] || i > 0 && caps[i-1]) {
			if len(m) > 0 && &m[0] == &words[0] {
				m = append(d.scratch[:0], words...) // never write the sentence's own words
			}
			m[i] = ""
		}
	}
	if len(m) > 0 && &m[0] != &words[0] {
		d.scratch = m // kept for the next sentence: a reading's words live until then
	}
	r := reading{m: m, own: d.ownMoney(m)}
	if r.own {
		return r
	}
	if d.mask&bitFigure != 0 { // each of these needs a figure's word
		r.fig = figure(m, text)
		r.price = r.fig || bareFigure(m, commas)
		for i, w := range m {
			r.price = r.price || w == "invoices" && isNumber(at(m, i-1)) && !magnitudes.Has(at(m, i-1))
		}
	}
	if !r.price {
		_, r.price = d.find(bitTerms, d.terms, m)
	}
	return r
}

// dropVerbs take a price or fee away: "we'll drop the onboarding charge".
var dropVerbs = english.SetOf("drop", "remove", "scrap", "cut", "lower", "reduce", "halve", "discount", "comp", "forgo", "forget")

// dropsFee finds a verb of dropVerbs with a money word of price_terms
// within the next four words ("we'll drop the onboarding charge", "I can
// reduce the fee").
func (d *detector) dropsFee(words []string) (int, bool) {
	if d.mask&bitTerms == 0 {
		return 0, false
	}
	for i, w := range words {
		if !dropVerbs.Has(w) {
			continue
		}
		end := min(len(words), i+5)
		if _, ok := d.find(bitTerms, d.terms, words[i+1:end]); ok {
			return i, true
		}
	}
	return 0, false
}

// takeOff finds "take ten percent off", "knock the fee off": a taking verb
// and "off" around an amount or a money word.
func (d *detector) takeOff(words []string) (int, bool) {
	if d.mask&bitTake == 0 {
		return 0, false
	}
	for i, w := range words {
		if w != "take" && w != "knock" && w != "shave" && w != "taking" && w != "knocking" {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+6; j++ {
			if words[j] != "off" {
				continue
			}
			mid := words[i+1 : j]
			for _, x := range mid {
				if isNumber(x) || x == "percent" || x == "%" {
					return i, true
				}
			}
			if _, ok := d.find(bitTerms, d.terms, mid); ok {
				return i, true
			}
			break
		}
	}
	return 0, false
}

// needsFigure are requests that end in a preposition: "closer to", "can't
// go above", "came in at" want a figure after them.
var needsFigure = map[string]bool{"to": true, "at": true, "above": true, "under": true, "below": true, "over": true}

// changeOnly are objection phrases that say only that something changed:
// with a price word ("the renewal quote went up") they object, after a
// bare "it's" they may be about anything ("It's gone up.").
var changeOnly = map[string]bool{"went up": true, "gone up": true, "going up": true}

// askingWords make a customer's "discount" a request for one.
var askingWords = english.SetOf("need", "want", "get", "give", "any", "some", "expect", "expected", "hoping", "looking", "chance", "offer", "do")

// objection reports whether a customer sentence pushes back on a price.
// onTable says whether a figure has been named earlier in the call;
// afterPrice whether the seller's last turn was about price (or there was
// none), which a bare "That's a lot." points back at.
func (d *detector) objection(r reading, commas []bool, question, onTable, afterPrice bool) bool {
	m := r.m
	if r.own {
		return false
	}
	for _, q := range d.findAll(bitRequests, d.requests, m) {
		last := m[q.End-1]
		if needsFigure[last] && !isNumber(at(m, q.End)) {
			continue
		}
		// "if you can't get under thirty": a bid is one negated or not;
		// "Can't you just match their price?" asks all the same.
		if needsFigure[last] || !negatedBefore(m, commas, q.Start) || question && english.NegativeAux.Has(at(m, 0)) {
			return true
		}
	}
	if _, ok := d.takeOff(m); ok {
		return true
	}
	price := r.price
	for i, w := range m {
		if d.mask&(bitBudget|bitDiscount) == 0 {
			break
		}
		if (w == "budget" || w == "money") && negatedBefore(m, commas, i) && !onTable {
			return false // no budget before any price: a brush-off, not an objection
		}
		// A discount asked for ("we'd need some kind of discount", "any
		// chance of a discount?"), not one the customer missed elsewhere.
		if (w == "discount" || w == "discounts") && !negatedBefore(m, commas, i) && (question || has(m, askingWords)) {
			return true
		}
		// "it's still eleven thousand less": a cheaper offer.
		if (w == "less" || w == "cheaper" || w == "lower") && i > 0 && (magnitudes.Has(m[i-1]) || units.Has(m[i-1]) || isNumber(m[i-1])) && price {
			return true
		}
	}
	for _, o := range d.findAll(bitObjections, d.objections, m) {
		if negatedWithin(m, commas, o.Start, 2) && !strings.Contains(o.Phrase, "n't") {
			continue
		}
		if o.Phrase == "a lot" && at(m, o.End) == "of" && at(m, o.End+1) != "money" && at(m, o.End+1) != "cash" {
			continue // "a lot of numbers"
		}
		if price || isNumber(at(m, 0)) {
			return true // "Six and a half is a big jump."
		}
		// "That's a lot.", "It's more than we thought.": a deictic
		// subject points at the price just named, when one was.
		if afterPrice && !question && !changeOnly[o.Phrase] && o.Start <= 7 && has(m[:min(o.Start, 4)], deictics) && len(m)-o.End <= 4 && !containsSeq(m, "i", "mean") {
			return true
		}
	}
	if !price {
		return false
	}
	lead := 0
	for lead < len(m) && (m[lead] == "" || m[lead] == "so" || m[lead] == "and" || m[lead] == "but" || m[lead] == "okay" || m[lead] == "wait") {
		lead++
	}
	if question {
		// "Ninety grand for software that sends reminders?", "Why is there a
		// fee at all?"
		if isNumber(at(m, lead)) || at(m, lead) == "why" {
			return true
		}
	}
	// "Could we get net-60 instead?", "can you do anything on the price?",
	// "we pay everyone quarterly, can you do that?"
	for i := lead; i+2 < len(m) && (i < lead+4 || question); i++ {
		if (m[i] == "can" || m[i] == "could" || m[i] == "would") && (m[i+1] == "you" || m[i+1] == "we") && requestVerbs[m[i+2]] {
			return true
		}
	}
	return false
}

var requestVerbs = map[string]bool{"get": true, "do": true, "take": true, "knock": true, "drop": true, "waive": true, "throw": true,
	"match": true, "lower": true, "give": true, "shave": true, "sharpen": true, "come": true, "cut": true, "reduce": true}

// containsSeq reports whether words hold a and b in a row.
func containsSeq(words []string, a, b string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == a && words[i+1] == b {
			return true
		}
	}
	return false
}

// offerFrames come before a figure the seller offers: "I can do twelve",
// "let's say nineteen", "I'll do twenty percent".
var offerFrames = [][]string{{"i'll", "do"}, {"i", "can", "do"}, {"we", "can", "do"}, {"we", "could", "do"}, {"i", "could", "do"},
	{"let's", "say"}, {"i'll", "go"}, {"we'll", "do"}, {"i", "can", "go"}, {"we", "can", "go"}, {"i", "can", "probably", "do"}}

// concession reports whether a seller sentence gives on price or terms,
// and whether it is a trade instead. ctx says the sentence is in a price
// context (about price, or answering a price objection); reply that it
// answers one.
func (d *detector) concession(words []string, commas []bool, price, reply bool) (give, trade bool) {
	ctx := price || reply
	var pos []int
	for _, c := range d.findAll(bitCues, d.cues, words) {
		pos = append(pos, c.Start)
	}
	if i, ok := d.takeOff(words); ok {
		pos = append(pos, i)
	}
	if i, ok := d.dropsFee(words); ok {
		pos = append(pos, i)
	}
	for i, w := range words {
		if d.mask&(bitFigure|bitFree) == 0 {
			break
		}
		// "net-60" is better terms; "net-30" is the standard. "a new
		// terminal, free, that...": a giveaway set off by commas.
		if strings.HasPrefix(w, "net") && longNetRE.MatchString(w) || w == "free" && commas[i] && (i+1 == len(words) || commas[i+1] || words[i+1] == "that") {
			pos = append(pos, i)
		}
	}
	if ctx {
		for _, c := range d.findAll(bitSoft, d.soft, words) {
			if c.Phrase == "instead" && !price {
				continue // "two days instead of six" answers an objection with value
			}
			pos = append(pos, c.Start)
		}
		for i := range words {
			if d.mask&bitFigure == 0 {
				break
			}
			for _, f := range offerFrames {
				if i+len(f) < len(words) && equalAt(words, i, f) {
					k := i + len(f)
					if words[k] == "like" || words[k] == "about" {
						k++
					}
					if k < len(words) && isNumber(words[k]) {
						pos = append(pos, i)
					}
				}
			}
		}
	}
	for i := 0; i+1 < len(words) && d.mask&bitFigure != 0; i++ {
		// "I'll do twenty percent": an offered percentage needs no context.
		if isNumber(words[i]) && words[i+1] == "percent" && i >= 2 && (words[i-1] == "do" || words[i-1] == "like" && words[i-2] == "do") {
			pos = append(pos, i)
		}
	}
	if reply {
		// "Fine, ten percent, but that's the floor."
		for i := 0; i+1 < len(words) && d.mask&bitFigure != 0; i++ {
			if isNumber(words[i]) && words[i+1] == "percent" && (i+2 == len(words) || commas[i+2] || words[i+2] == "off" || words[i+2] == "but") {
				pos = append(pos, i)
			}
		}
	}
	if d.mask&bitStandard != 0 && standardOffer(words) {
		return false, d.isTrade(words, commas) // "ten percent off for prepayment, standard for everyone"
	}
	for _, i := range pos {
		if negatedBefore(words, commas, i) || has(words, pastGiving) || has(words[:i], thirdParties) || containsSeq(words, "used", "to") {
			continue
		}
		if words[i] == "throw" && at(words, i+2) == "my" {
			continue
		}
		give = true
		break
	}
	if d.isTrade(words, commas) {
		return false, true
	}
	return give, false
}

func equalAt(words []string, i int, f []string) bool {
	for k, w := range f {
		if words[i+k] != w {
			return false
		}
	}
	return true
}

// isTrade reports whether a sentence asks something in return: a
// condition ("if you commit to two years", "should you be able to add
// the plants") that holds a trade term, or less scope ("take something
// out").
func (d *detector) isTrade(words []string, commas []bool) bool {
	if d.mask&(bitTrades|bitTradeWord) == 0 {
		return false // a condition needs a trade term; the rest, a word of bitTradeWord
	}
	for i, w := range words {
		cond := w == "if" && (at(words, i+1) == "you" || at(words, i+1) == "we" || at(words, i+1) == "you'd" || at(words, i+1) == "you're") ||
			w == "should" && at(words, i+1) == "you" || w == "provided" || w == "long" && at(words, i-1) == "as" && at(words, i+1) == "as"
		if !cond {
			continue
		}
		end := i + 1
		for end < len(words) && end < i+14 && !commas[end] && words[end] != "i" && words[end] != "i'll" && words[end] != "then" {
			end++
		}
		if _, ok := d.find(bitTrades, d.trades, words[i+1:end]); ok {
			return true
		}
	}
	for i := 0; i+2 < len(words); i++ {
		if words[i] == "take" && (words[i+1] == "something" || words[i+1] == "things") && words[i+2] == "out" {
			return true
		}
	}
	return containsSeq(words, "take", "out") || has(words, tradeWords) || containsSeq(words, "in", "return") || containsSeq(words, "in", "exchange")
}

// standardWords make an offer the same for everyone: a standard term, not
// a concession.
var standardWords = english.SetOf("standard", "everyone", "everybody", "policy", "always")

// standardOffer reports a standard word not in "at the standard rate" (a
// better tier at the standard price is a concession).
func standardOffer(words []string) bool {
	for i, w := range words {
		if standardWords.Has(w) && !(w == "standard" && at(words, i-1) == "the") {
			return true
		}
	}
	return false
}

// tradeWords name a trade outright: "what I can do is trade".
var tradeWords = english.SetOf("trade", "trades", "tradeoff", "trade-off")

// youWord reports a you-word that addresses the customer, not one in "I
// hear you", "thank you".
func youWord(words []string) bool {
	for i, w := range words {
		if youWords.Has(w) && !(w == "you" && (at(words, i-1) == "hear" || at(words, i-1) == "thank" || at(words, i-1) == "with")) {
			return true
		}
	}
	return false
}

// elaboration are requests to say more: questions without a "?".
var elaboration = [][]string{{"help", "me", "understand"}, {"tell", "me"}, {"walk", "me", "through"}, {"let", "me", "ask"}, {"talk", "me", "through"}}

func asksToElaborate(words []string) bool {
	for i := range words {
		for _, e := range elaboration {
			if i+len(e) <= len(words) && equalAt(words, i, e) {
				return true
			}
		}
	}
	return false
}
