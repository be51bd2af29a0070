package english

import (
	"strings"

	"github.com/lastmile/lastmile/analyze/internal/wordset"
)

var (
	DiscourseMarkers = SetOf("so", "okay", "ok", "alright", "anyway", "anyways")
	Conjunctions     = SetOf("and", "but", "or", "so")
	WhWords          = SetOf("what", "how", "why", "when", "where", "who", "which", "whose")
	WhContractions   = SetOf("what's", "how's", "where's", "who's", "why's", "when's", "what're", "how're", "where're", "who're",
		"how'd", "what'd", "where'd", "why'd", "who'd", "when'd", "what'll", "who'll", "where'll", "how'll", "what've", "how've", "who've", "whaddya", "whatcha")
	Auxiliaries = SetOf("do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should", "shall", "have", "has", "had", "may", "might", "must", "am",
		"don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't")
	Subjects = SetOf("i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "your", "y'all", "anyone", "anybody", "someone", "somebody", "everyone", "everybody",
		"the", "our", "their", "his", "her", "my", "these", "those", "any", "anything", "something", "everything", "people", "ya", "u")
	// PersonalPronouns make an inverted auxiliary before them a question
	// beyond doubt.
	PersonalPronouns = SetOf("i", "you", "we", "they", "he", "she", "y'all", "ya", "u")
	// SubjectWords, before an auxiliary, make it the verb of their clause:
	// "I do", "that was it".
	SubjectWords = SetOf("i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "which", "who", "what", "people", "everybody", "everyone", "y'all",
		"anyone", "anybody", "someone", "somebody", "nobody", "noone",
		"i'm", "you're", "we're", "they're", "he's", "she's", "it's", "that's", "there's")
	SingularSubjects = SetOf("he", "she", "it", "that", "this", "everybody", "everyone", "somebody", "someone", "anybody", "anyone", "everything", "something", "anything", "nobody", "nothing")
	PluralSubjects   = SetOf("you", "we", "they", "y'all", "these", "those", "people", "ya", "u")
	StrongAux        = SetOf("do", "does", "did", "can", "could", "would", "will", "should", "shall", "may", "might", "have", "has", "don't", "doesn't", "didn't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't", "are", "were")
	BeAux            = SetOf("is", "are", "was", "were", "am", "isn't", "aren't", "wasn't", "weren't")
	NegativeAux      = SetOf("don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't")
	TagPronouns      = SetOf("i", "you", "we", "they", "he", "she", "it", "there", "that", "y'all")
	// TagFollowers may follow a tag at the end of a clause.
	TagFollowers = SetOf("think", "agree", "say", "know", "right", "yeah", "um", "uh", "so", "and", "but", "because", "or", "though")
	TagEnders    = SetOf("right", "yeah", "um", "uh", "so", "and", "but", "because", "or", "though")
	// FiniteVerbs after a would-be inverted subject show that the subject
	// starts a new clause instead: "the problem is there are...".
	FiniteVerbs = SetOf("is", "are", "was", "were", "am", "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "will", "would", "can", "could", "should", "does", "did", "has")
	// BoundaryWords end what came before, so that a weak opener after them
	// starts a question: "um is it...", "okay are the...".
	BoundaryWords = SetOf("yeah", "yes", "okay", "ok", "alright", "right", "well", "oh", "anyway", "so", "sure", "no", "great", "thanks", "mean", "guess", "know")
	// PastVerbs are common irregular verb forms that make "what" or "who"
	// before them the subject of a question ("what made you...").
	PastVerbs = SetOf("made", "got", "took", "told", "gave", "kept", "led", "brought", "went", "came", "drove", "sold", "said", "sent",
		"left", "meant", "paid", "put", "set", "won", "lost", "ran", "saw", "felt", "found", "bought", "caught", "taught", "became",
		"began", "broke", "chose", "hit", "let", "held", "drew", "wrote", "spoke", "knew", "thought", "did")
	DoSupport   = SetOf("do", "does", "did", "don't", "doesn't", "didn't")
	Modals      = SetOf("can", "could", "would", "will", "should", "shall", "may", "might", "must", "can't", "couldn't", "wouldn't", "won't", "shouldn't")
	Indefinites = SetOf("anyone", "anybody", "everyone", "everybody", "someone", "somebody")
	// WordSearches, with more words after them, are a speaker looking for
	// a word.
	WordSearches = SplitAll("what's it called", "what is it called", "what's that called", "what do you call it",
		"what do they call it", "what do you call them", "what do they call them", "what's the word", "what's his name",
		"what's her name", "what's their name", "what was it called", "what was his name", "what was her name")
	ObjectPronouns      = SetOf("me", "him", "her", "us", "them")
	Articles            = SetOf("the", "a", "an", "your", "our", "their", "my", "his", "her", "its", "these", "those")
	Existentials        = SetOf("a", "an", "any", "anything", "anyone", "anybody", "some", "something", "someone", "another", "more", "no")
	SubjectContractions = SetOf("i'm", "you're", "we're", "they're", "he's", "she's", "it's", "that's", "there's", "i've", "you've", "we've", "they've",
		"i'll", "you'll", "we'll", "they'll", "i'd", "you'd", "we'd", "they'd", "he'd", "she'd")
	FillerWords = SetOf("um", "uh", "er", "erm", "hm", "hmm", "mm")
	// ResponseWords are what a listener says before taking the floor.
	ResponseWords = SetOf("yeah", "yes", "yep", "yup", "no", "nope", "okay", "ok", "right", "really", "sure", "uh-huh", "mm-hmm", "um-hmm", "mhm", "huh", "wow", "gotcha",
		"cool", "great", "exactly", "true", "nice", "alright", "fine", "good", "perfect", "awesome", "interesting", "absolutely", "definitely", "totally", "thanks", "gosh",
		"ha", "haha", "heh", "ouch", "whoa", "lucky", "wonderful", "sweet", "correct", "indeed", "certainly", "bummer", "agreed")
	ResponsePairs    = SetOf("got it", "i see", "makes sense", "fair enough", "sounds good", "of course", "all right", "thank you", "i know", "for sure", "no problem", "no worries", "me too", "me neither", "oh okay", "no way", "that's right", "that's true", "that's great", "that's fine")
	AdverbAfterRight = SetOf("now", "there", "here", "away", "after", "before", "on", "in", "at", "next", "back", "around", "about", "off", "up", "down", "into", "through", "when", "where")
	// ClauseStarts are words that begin a clause after a discourse marker.
	ClauseStarts = SetOf("i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "the", "let's", "i'm", "you're", "we're", "they're", "it's", "that's", "there's",
		"i'll", "we'll", "you'll", "i've", "we've", "you've", "um", "uh", "if", "now", "just", "my", "our", "your")
	// ComplementTakers are words after which a question word usually starts
	// an embedded clause, not a question ("I know what you mean").
	ComplementTakers = SetOf("know", "dunno", "wondered", "unsure", "clear", "see", "wonder", "wondering", "about", "understand", "tell", "ask", "asked", "asks", "asking", "explain", "show", "sure", "remember", "decide", "figure", "out", "matter", "care", "mean", "on", "is", "that's", "exactly", "like", "of", "guess", "idea", "learn", "discuss", "depends", "to", "for", "at", "in", "was", "see", "saw", "forget", "forgot", "realize", "think", "believe", "check", "find", "found", "is", "be", "been", "from", "by", "with", "into", "and")
	// HaveObjects after "have", "has", "had" make it the verb with its
	// object, not an auxiliary before its subject: "have a good one",
	// "had their house on the market", "had this much stuff".
	HaveObjects = SetOf("a", "an", "some", "the", "your", "their", "our", "my", "his", "her", "its", "this", "these", "those", "much", "lots", "fun", "no")
	// InversionTriggers invert a statement after them: "not only are
	// they", "nor do we", "never have I". A question opener after them is
	// none.
	InversionTriggers = SetOf("nor", "only", "neither", "never", "rarely", "seldom")
	// RelativeWords open a relative clause after a noun ("a man who's...",
	// "people who did...").
	RelativeWords = SetOf("who", "who's", "whose", "whom")
	// SayVerbs report speech: a question after them is quoted, not asked
	// ("he goes do you want to dance").
	SayVerbs = SetOf("say", "says", "said", "goes", "went")
	// ObjectTakers take an object and an embedded question: "tell me what
	// you need", "show you how".
	ObjectTakers = SetOf("tell", "tells", "told", "telling", "show", "shows", "showed", "showing", "ask", "asks", "asked", "asking", "teach", "taught", "remind", "reminds")
	// AskVerbs may introduce a quoted question: "he asks, what are...".
	AskVerbs = SetOf("ask", "asked", "asks", "asking", "wonder", "wondering", "wondered", "know", "question")
)

// VerbLike reports whether a word looks like a present or past tense verb
// after "who": "who handles", "who decided".
func VerbLike(x string) bool {
	if Auxiliaries.Has(x) || SubjectWords.Has(x) || Articles.Has(x) || x == "this" || x == "is" || x == "has" || x == "was" || x == "does" || x == "as" || x == "us" || x == "yes" || x == "plus" || x == "thus" {
		return false
	}
	return len(x) > 3 && (strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss") || strings.HasSuffix(x, "ed"))
}

// SetOf makes a Set of words.
func SetOf(words ...string) Set {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return wordset.New(m)
}

// A Set is a class of words, looked up by Has.
type Set = *wordset.Index[struct{}]

// Phrases are fixed phrases indexed by their first word.
type Phrases map[string][][]string

// SplitAll splits each phrase into words.
func SplitAll(phrases ...string) Phrases {
	out := make(Phrases)
	for _, p := range phrases {
		f := strings.Fields(p)
		out[f[0]] = append(out[f[0]], f)
	}
	return out
}
