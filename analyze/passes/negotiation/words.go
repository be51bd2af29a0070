package negotiation

import (
	"strings"

	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/phrase"
)

// Word classes the price rules read. They are grammar and units, not
// vocabulary a team would tune; the vocabulary is in the phrase lists.
var (
	unitList = []string{"dollar", "dollars", "euro", "euros", "pound", "pounds", "quid", "bucks", "grand", "rupees", "rupee",
		"lakh", "crore", "cents", "usd", "eur", "gbp", "francs", "yen", "kronor", "krona"}
	units      = english.SetOf(unitList...)
	magnitudes = english.SetOf("hundred", "thousand", "million", "k", "grand", "hundreds", "thousands")
	perUnits   = english.SetOf("seat", "seats", "head", "user", "users", "site", "sites", "clinic", "clinics", "vehicle", "vehicles",
		"van", "vans", "truck", "trucks", "licence", "license", "location", "locations", "month", "year", "employee", "employees",
		"driver", "drivers", "store", "stores", "plant", "plants", "depot", "depots", "unit", "units", "agent", "agents", "member")
	numberWordList = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
		"sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "half"}
	numberWords = english.SetOf(numberWordList...)
	// figurePreps come before a bare figure in bargaining: "go above
	// forty", "closer to twenty", "came in at thirty-one", "say nineteen".
	figurePreps = english.SetOf("above", "below", "under", "to", "at", "say", "beyond")
	// figureEnders may follow such a bare figure: it ends the clause.
	figureEnders = english.SetOf("", "and", "but", "if", "then", "with", "for", "a", "per", "flat", "all-in", "total", "instead", "tops", "max")
	// timeWords make a bare figure a time ("Thursday at ten").
	timeWords = english.SetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "am", "pm",
		"o'clock", "morning", "afternoon", "tonight", "minutes", "hours", "days", "weeks")
	negators = english.SetOf("not", "never", "can't", "cannot", "won't", "don't", "doesn't", "unable", "isn't", "wouldn't",
		"couldn't", "no", "nothing", "aren't", "shouldn't")
	// pastGiving are giving verbs in the past: a concession retold, not made.
	pastGiving = english.SetOf("gave", "offered", "waived", "threw", "matched", "discounted", "dropped", "knocked", "gotten", "given")
	// thirdParties make a giving verb someone else's.
	thirdParties = english.SetOf("competitors", "competitor", "they", "they'll", "they're", "vendors", "vendor", "others", "everyone", "he", "she")
	youWords     = english.SetOf("you", "your", "you're", "you've", "you'll", "you'd", "yours", "yourself")
	deictics     = english.SetOf("that's", "it's", "that", "it", "this", "that'll", "it'll")
	clauseBreaks = english.SetOf("but", "though", "although", "except", "however")
)

// isNumber reports whether w is a figure: digits ("38", "2,400", "30k",
// "3.5") or a number word ("forty-two").
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	for w != "" {
		p, rest, _ := strings.Cut(w, "-")
		if !numberWords.Has(p) {
			return false
		}
		w = rest
	}
	return true
}

// hasDigitsK reports "30k", "2.5m": a figure with its magnitude fused.
func hasDigitsK(w string) bool {
	n := len(w)
	return n > 1 && w[0] >= '0' && w[0] <= '9' && (w[n-1] == 'k' || w[n-1] == 'm') && strings.Trim(w[:n-1], "0123456789.,") == ""
}

// at returns words[i], or "" outside.
func at(words []string, i int) string {
	if i < 0 || i >= len(words) {
		return ""
	}
	return words[i]
}

// has reports whether any word is in set.
func has(words []string, set english.Set) bool {
	for _, w := range words {
		if set.Has(w) {
			return true
		}
	}
	return false
}

// clauseOf returns the start of the clause words[i] is in: after the last
// comma, semicolon or "but" before it.
func clauseOf(words []string, commas []bool, i int) int {
	for k := i; k > 0; k-- {
		if clauseBreaks.Has(words[k-1]) || commas[k] {
			return k
		}
	}
	return 0
}

// negatedBefore reports whether a negator comes before words[i] in its
// clause, at most four words before it ("I'm not able to waive").
func negatedBefore(words []string, commas []bool, i int) bool {
	return negatedWithin(words, commas, i, 4)
}

// negatedWithin is negatedBefore with at most n words between.
func negatedWithin(words []string, commas []bool, i, n int) bool {
	for k := max(clauseOf(words, commas, i), i-n); k < i; k++ {
		if negators.Has(words[k]) {
			return true
		}
	}
	return false
}

// findAll returns the matches of a list, or none for a nil matcher.
func findAll(m *phrase.Matcher, words []string) []phrase.Match {
	if m == nil {
		return nil
	}
	return m.FindAll(words)
}
