package english

import "slices"

// English question grammar over lower-cased words: where a question can start,
// what a question word's phrase is, whether an auxiliary and its subject are
// inverted. The reader's fallback chunker and the questions analyzer share it.

// QuestionOpensAt reports whether a question starts at words[i], and
// whether that is beyond doubt (strong) or only when something before has
// ended a clause (weak):
//
//   - an auxiliary and its subject: strong for do, Modals and "have" before
//     a personal pronoun ("do you", "can we", "have you"), weak for forms of
//     "be" and other Subjects ("is it", "are the", "would that"); never
//     when the two do not agree ("is you", "have it"), when the subject is
//     followed by another finite verb ("is there are"), nor for a bare tag
//     at the end ("..., isn't it");
//   - a question word and an auxiliary, after up to four words of its
//     phrase and fillers ("what do", "how uh might", "what kind of car do
//     you"), or a question word fused with one ("what's", "how'd"): strong
//     when a subject follows the auxiliary, weak otherwise; never "which
//     is", "who is" without a subject (relative clauses);
//   - "how about", "what about": strong.
func QuestionOpensAt(words []string, i int) (strong, ok bool) {
	w := words[i]
	at := func(k int) string {
		if k < len(words) {
			return words[k]
		}
		return ""
	}
	switch {
	case Auxiliaries.Has(w):
		subj := at(i + 1)
		if !Subjects.Has(subj) || !Agrees(w, subj) || FiniteVerbs.Has(at(i+2)) {
			return false, false
		}
		if w == "do" && (subj == "it" || subj == "that" || subj == "this") {
			return false, false
		}
		if (w == "have" || w == "has" || w == "had") && HaveObjects.Has(subj) {
			return false, false // "(and) had their house on the market": "have" the verb
		}
		if TagPronouns.Has(subj) && i > 0 && (i+2 >= len(words) || NegativeAux.Has(w) && TagFollowers.Has(at(i+2)) || TagEnders.Has(at(i+2))) {
			return false, false // a tag ending the clause: "..., isn't it", "..., don't you think"
		}
		if (w == "is" || w == "was") && subj == "that" && i+3 < len(words) && (Subjects.Has(at(i+2)) || ClauseStarts.Has(at(i+2))) {
			return false, false // "...is that we": a complementizer
		}
		if subj == "there" && (Existentials.Has(at(i+2)) || at(i+2) == "be" || at(i+2) == "been") {
			return true, true // "is there a", "will there be"
		}
		if Modals.Has(w) {
			return true, true // "will that data", "should the payload"
		}
		return StrongAux.Has(w) && (PersonalPronouns.Has(subj) || Indefinites.Has(subj)), true // "does someone", "has anyone"; not "(my husband) did the"
	case (w == "how" || w == "what") && at(i+1) == "about":
		return true, true
	case WhWords.Has(w) && at(i+1) == "or" && WhWords.Has(at(i+2)):
		return true, true // "why or why not"
	case WhContractions.Has(w):
		return true, true // "what's your", "how's enrollment"
	case w == "why" && at(i+1) == "not" && !Subjects.Has(at(i+2)):
		return true, true // "why not forecast..."
	case WhWords.Has(w):
		ph := WhPhraseAt(words, i)
		if !ph.OK || ph.Aux >= len(words) {
			return false, false
		}
		a, subj := words[ph.Aux], at(ph.Aux+1)
		if (w == "which" || w == "who") && ph.Size == 0 && !Subjects.Has(subj) {
			return false, false // "which is great", "who has been", "which could be": relative clauses
		}
		if (w == "where" || w == "when") && ph.Size == 0 && !Subjects.Has(subj) && !BeAux.Has(a) {
			return false, false // "(the day) when could...": a relative clause; not "where is raleigh"
		}
		if ph.Size == 1 && (VerbLike(words[i+1]) || PastVerbs.Has(words[i+1])) && BeAux.Has(a) && !Subjects.Has(subj) {
			return false, false // "what happens is": a pseudo-cleft
		}
		inverted := Subjects.Has(subj) && Agrees(a, subj) && !FiniteVerbs.Has(at(ph.Aux+2))
		if Subjects.Has(subj) && !inverted || SubjectContractions.Has(subj) {
			return false, false // "when is it's", "what was they"
		}
		if ph.Complex && !inverted {
			return false, false // "what impact covid will have"
		}
		return ph.Size > 0 || StrongAux.Has(a) || inverted, true
	}
	return false, false
}

// A WhPhrase is the phrase a question word opens ("what kind of car",
// "how much of that", "which one"), up to the auxiliary after it.
type WhPhrase struct {
	Aux     int  // index of the auxiliary after the phrase, or len(words) when the phrase runs to the end
	Size    int  // words in the phrase after the question word, fillers not counted
	Complex bool // more than a head word and an "of" phrase: needs inversion to be a question
	OK      bool // the phrase can open a question
}

// WhPhraseAt reads the phrase of the question word at words[i]. It is not
// a question's phrase when a subject, an article or a subordinator comes
// first ("what we...", "how the market is...", "what if"), when an
// adverb's or adjective's "how" runs into a noun ("how strong shipments
// were"), or "where", "when", "why" take any phrase at all; then ok is
// false.
func WhPhraseAt(words []string, i int) WhPhrase {
	w := words[i]
	ph := WhPhrase{Aux: i + 1}
	head := ""
	inOf := 0 // words left in an "of" phrase
	for j := i + 1; j < len(words); j++ {
		x := words[j]
		if Auxiliaries.Has(x) {
			ph.Aux, ph.OK = j, true
			return ph
		}
		if FillerWords.Has(x) {
			continue
		}
		if PersonalPronouns.Has(x) || ObjectPronouns.Has(x) || SubjectContractions.Has(x) || WhWords.Has(x) || WhContractions.Has(x) || x == "to" || x == "if" || x == "it" ||
			ph.Size == 0 && (Articles.Has(x) || x == "that" || x == "this") {
			return ph // "what we...", "how the market is..."
		}
		switch {
		case w == "where" || w == "when" || w == "why":
			return ph
		case w == "who" && x != "else":
			return ph
		case ph.Size == 0:
			head = x
		case x == "of" && inOf == 0:
			inOf = 4
			ph.Size++
			continue
		case inOf > 0:
			inOf--
		case w == "how" && head != "much" && head != "many":
			return ph // "how strong shipments were"
		case w == "how" && ph.Size == 1:
			// The noun of "how many", "how much": "how many pages".
		case ph.Size >= 4:
			return ph
		default:
			ph.Complex = true
		}
		ph.Size++
		if ph.Size > 6 {
			return ph
		}
	}
	ph.Aux, ph.OK = len(words), true
	return ph
}

// Inverts reports whether the question word at words[i] is followed by an
// inverted auxiliary and subject ("what are the", "how do you"), not by an
// auxiliary alone ("why don't know").
func Inverts(words []string, i int) bool {
	if _, ok := QuestionOpensAt(words, i); !ok {
		return false
	}
	if WhContractions.Has(words[i]) {
		return i+1 < len(words) && (Subjects.Has(words[i+1]) || PersonalPronouns.Has(words[i+1])) && !WordSearchAt(words, i)
	}
	ph := WhPhraseAt(words, i)
	if !ph.OK || ph.Aux+1 >= len(words) {
		return false
	}
	a, subj := words[ph.Aux], words[ph.Aux+1]
	return Subjects.Has(subj) && Agrees(a, subj)
}

// WordSearchAt reports a speaker searching for a word at words[i], not
// asking: "you know, what's it called, job sharing".
func WordSearchAt(words []string, i int) bool {
	if i >= len(words) {
		return false
	}
	for _, p := range WordSearches[words[i]] {
		if len(words)-i > len(p) && slices.Equal(words[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// Agrees reports whether an auxiliary can be inverted with that subject:
// "is you", "have it", "does they" are not questions ("what I do is I...",
// "...and have it changed").
func Agrees(aux, subj string) bool {
	switch aux {
	case "do", "don't", "have", "haven't":
		return !SingularSubjects.Has(subj)
	case "does", "doesn't", "has", "hasn't", "is", "isn't":
		return !PluralSubjects.Has(subj) && subj != "i"
	case "was", "wasn't":
		return !PluralSubjects.Has(subj)
	case "are", "aren't", "were", "weren't":
		return !SingularSubjects.Has(subj) && subj != "i"
	case "am":
		return subj == "i"
	}
	return true
}
