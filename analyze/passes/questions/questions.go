// Package questions classifies every sentence as a kind of question, or none,
// and counts the real questions each side asks (questions, open_question_share,
// customer_questions).
//
// Analyzer declares the metrics, tags, findings and phrase lists; its Doc is
// the definition the README shows. QuestionKindOf and QuestionKinds expose
// the classifier to other analyzers and tools.
package questions

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Questions counts the questions each side asks, and of what kind.
var Analyzer = &analyze.Analyzer{
	Name: "questions",
	Doc: `Questions: how many real questions the seller side asks, and how many are open.

Every sentence of every speaker is classified by its words and its final
punctuation, and tagged "question:KIND":

- open: a wh-question ("what's your...", "how'd...", "why?"), also after
  "can I ask", "could you tell me" ("Can I ask what your budget is?"), or a
  request to elaborate, as a question or an imperative ("tell me
  about...", "can you walk me through...");
- closed: a yes/no question: auxiliary before subject ("do you", "is it",
  "have you"), an "or" alternative ("morning or afternoon?"), an
  elliptical "any questions?";
- tag: a statement with a tag ("..., right?", "..., isn't it?");
- declarative: a statement said as a question ("You're on Salesforce?").

Not counted, and tagged apart: backchannels in question form ("Really?", "Is that right?",
"Oh, do you?", a fragment that only echoes the other speaker's last words,
"Ten days?": question:backchannel), requests to repeat ("Sorry?", "Come
again?", "You mean?") and questions about the call itself ("Can
you hear me?", "Can you see my screen?"), as the whole sentence or its last
clause ("Sorry, you cut out, can you repeat that?"): question:clarification;
and a short list of conventional rhetorical questions ("Who doesn't want to
save money?", "What can you do?": question:rhetorical).

A check of understanding that names what it asks about wants an answer
and is counted: "You mean the API?" (closed), "What was the date again?"
(open).

A sentence ending in "?" is always one of these kinds. One ending in "."
is a statement unless its words are a question beyond doubt: a request to
elaborate ("Tell me about your team."), "I was wondering if/what...", a
do, modal or perfect auxiliary inverted with a pronoun ("How much
opportunity do you see."), a form of "be" opening the sentence before a
pronoun ("Was it good.", "Is that your team."), a fused question word
before a determiner ("What's his name.", not "what's important is..."),
"how about" or "what about" before a pronoun or determiner ("How about
you."), or a negative tag ("..., isn't it."); one ending
in "!" is a statement. One without final punctuation (ASR text) is read
from its words alone: after fillers, discourse markers and restarts ("um
so", "okay and", "do you- do you"), a question word with its phrase and an
inverted auxiliary ("what kind of car do you"), a question word as subject
("who handles billing", "what could be the benefit"), a question word on
its own ("why"), a question word, a pronoun and an -ing form or a
stranded preposition without the auxiliary of casual speech ("where you
calling from", "what version you running"), an auxiliary and its subject
in agreement ("do you", "is it", not "is you", nor "are you know" where
"you know" is a filler), a request to elaborate, or a tag at the end (a
negative auxiliary and pronoun; "right" or "correct" after a clause, not
in "that's right", "turn right"; "huh" after a clause of three words or
more, not after a reaction, "that's wild huh"). Embedded questions ("I
don't know what you mean", "telling them what it costs"), free relatives
and pseudo-clefts ("what I need is...", "what happens is..."), relative
clauses ("which is fine", "people who handle billing"), questions in
reported speech ("he goes do you want to dance"), inverted statements
("so did I", "nor do we"), directives ("why don't you go first", but a
request to elaborate, "why don't you tell me about...", is open),
exclamations ("how funny") and word searches ("what's it called") are
not questions. In a transcript with
punctuation, a sentence without it that ends in a cut-off word ("and is
the rollout sch-") was abandoned: a question would have kept its "?".
Declarative questions cannot be told from statements without the "?".

questions is the seller side's count; open_question_share is open / all
real questions of the seller side; customer_questions is the customer
side's count. Each speaker's count is reported beside them. All three are
n/a with one speaker (even one labelled a seller: questions are asked of
someone) and when no seller is identified (customer_questions also with no
customer); open_question_share is n/a when the seller asked no question.`,
	Metrics: []*analyze.MetricDef{{
		Name:   "questions",
		Column: "Questions",
		Title:  "Questions",
		Unit:   analyze.UnitCount,
		Doc:    "real questions asked by the seller side (open, closed, tag, declarative)",
		Target: &analyze.Target{Weight: 2, Good: analyze.Range{Min: 11, Max: 14}, Fair: analyze.Range{Min: 7, Max: 18},
			Why: "Gong Labs: 11–14 questions per discovery call converts best; more feels like an interrogation"},
	}, {
		Name:  "open_question_share",
		Title: "Open questions",
		Unit:  analyze.UnitPercent,
		Doc:   "open questions as a share of the seller side's real questions",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 30, Max: analyze.Any.Max}, Fair: analyze.Range{Min: 15, Max: analyze.Any.Max},
			Why: "coaching practice favours open questions in discovery; Rackham (SPIN, 35,000 calls) found no measured link between open questions and success, so it is lightly weighted"},
	}, {
		Name:  "customer_questions",
		Title: "Customer questions",
		Unit:  analyze.UnitCount,
		Doc:   "real questions asked by the customer side: a sign of engagement (informational)",
	}},
	Phrases: []*phrase.List{{
		Name: "question_backchannels",
		Doc: `Backchannels in question form: a whole sentence ending in "?" made of one of
these (after "oh", "wow"...) is a reaction, not a question. The shared
backchannels list counts too ("Yeah?", "Right?"), as do a bare auxiliary
and pronoun ("Do you?", "Is it?", "You did?"). Without punctuation only
the ones opening with an auxiliary are recognised ("is that right").`,
		Default: []string{
			"is that right", "is that so", "is that true", "is that a fact", "is that correct", "is that it",
			"isn't that right", "that right", "that so", "really", "oh really", "for real", "seriously",
			"no kidding", "no way", "you're kidding", "you're kidding me", "are you kidding", "are you kidding me",
			"are you serious", "you serious", "you think so", "you think", "think so", "yeah", "oh yeah", "right",
			"you know what i mean", "know what i mean", "you know", "huh really", "is that what it is",
		},
	}, {
		Name: "clarification_requests",
		Doc: `Requests to repeat or clarify: a whole sentence ending in "?" (after "oh",
"um", "sorry") that is one of these asks the speaker to say it again, not a
question. Without punctuation only the ones of two words or more count.`,
		Default: []string{
			"sorry", "i'm sorry", "pardon", "pardon me", "beg pardon", "beg your pardon", "i beg your pardon", "excuse me",
			"what", "huh", "hm", "hmm", "eh", "say again", "say that again", "come again", "say what",
			"sorry what", "what was that", "what's that", "what was that again", "what did you say",
			"what'd you say", "can you repeat that", "could you repeat that", "can you say that again",
			"could you say that again", "would you repeat that", "repeat that", "one more time",
			"the what", "a what", "who", "you what", "you did what", "you said what",
		},
	}, {
		Name: "rhetorical_questions",
		Doc: `Conventional rhetorical and self-directed questions, matched as the whole
sentence (after fillers): they want no answer and are not counted ("What
can you do?", "Who knows?", "Where was I?"). Deliberately short: most rhetorical questions look like real
ones and are counted.`,
		Default: []string{
			"who cares", "who knows", "who would have thought", "who would've thought", "who'd have thought",
			"who'd've thought", "who would have guessed", "why would you not", "why wouldn't you", "why not",
			"what's not to like", "what's not to love", "how about that", "isn't that something",
			"isn't that something else", "isn't that nice", "isn't that great", "isn't that funny",
			"isn't that amazing", "isn't that crazy", "isn't that wild", "isn't that awful", "isn't that terrible",
			"isn't that sad", "isn't that interesting", "isn't that wonderful", "wouldn't that be nice",
			"wouldn't that be great", "can you believe it", "can you believe that", "can you believe this",
			"can you imagine", "how cool is that", "how great is that", "how awesome is that", "how crazy is that",
			"how funny is that", "how sad is that", "how weird is that", "how nice is that", "guess what",
			"you know what", "what do you know", "what else is new", "what can you do", "what can you do about it",
			"what can i say", "what are you gonna do", "what are you going to do", "what're you gonna do",
			"what you gonna do", "what can we do", "what are you gonna do about it", "who doesn't",
			"who wouldn't", "who isn't", "who hasn't", "who didn't", "wasn't that something", "wasn't that great",
			"wasn't that nice", "would you believe it", "would you believe that", "where was i", "what was i saying",
			"what was i going to say", "what was i gonna say", "what am i saying", "what am i trying to say",
			"what's the word", "what is the word", "what's the word i'm looking for",
		},
	}, {
		Name: "rhetorical_openers",
		Doc: `Openings of conventional rhetorical questions: a sentence (after fillers)
that starts with one of these is not counted ("Who doesn't want to save
money?").`,
		Default: []string{
			"who doesn't want", "who doesn't like", "who doesn't love", "who doesn't hate", "who doesn't need",
			"who wouldn't want", "who wouldn't like", "who wouldn't love", "who wouldn't hate", "who does not want",
			"who would not want", "who doesn't enjoy", "who doesn't appreciate", "who in their right mind",
			"can you believe how", "can you believe what", "isn't it amazing how", "isn't it funny how",
			"isn't it crazy how", "isn't it interesting how", "isn't it weird how", "isn't it great how",
		},
	}, {
		Name: "elaboration_requests",
		Doc: `Requests to elaborate: at the start of a sentence ("Tell me about your
team."), or after "can you", "could you", "would you mind"... ("Can you walk
me through it?"), they make an open question, even without a "?".`,
		Default: []string{
			"tell me", "tell us", "walk me through", "walk us through", "walk through", "talk me through",
			"talk us through", "take me through", "take us through", "run me through", "talk about",
			"talk a little about", "talk a bit about", "talk a little bit about", "talk more about",
			"describe", "explain", "elaborate", "expand on", "help me understand", "help us understand",
			"share more", "share a bit", "share a little", "share some", "share your thoughts", "share how",
			"share what", "share why", "give me a sense", "give us a sense", "give me an idea",
			"give us an idea", "give me an overview", "give us an overview", "give * color", "give * * color",
			"give me some background", "give us some background", "give me an example", "give us an example",
			"give * an update", "fill me in", "fill us in", "go over", "paint a picture", "get into",
			"telling me", "telling us", "walking me through", "walking us through", "talking about",
			"describing", "explaining", "elaborating", "sharing",
		},
	}, {
		Name: "indirect_questions",
		Doc: `Indirect questions: a sentence opening with one of these, followed by "if",
"whether" or a question word, asks the listener for information and counts
as a question (closed with if/whether, open with a question word), whatever
its final punctuation ("I was wondering if you have a timeline.").`,
		Default: []string{
			"i was wondering", "i'm wondering", "i am wondering", "i was just wondering", "i'm just wondering",
			"i was curious", "i'm curious", "i am curious", "i'm just curious", "just curious",
			"i'd like to know", "i would like to know", "i'd love to know", "i'd be curious to know",
			"i'd love to hear", "i'd like to hear", "i'd like to understand", "i'd love to understand",
			"i want to understand", "out of curiosity", "curious",
			"can i ask", "could i ask", "may i ask", "can i just ask", "could i just ask",
		},
	}, {
		Name: "call_logistics",
		Doc: `Questions about the call itself, not the customer: audio, screen sharing, a
dropped line. Matched as the whole sentence or its last clause after a
comma (after fillers, and before a final "now", "okay"...): "Okay, can you
see my screen now?". They are tagged question:clarification and not
counted. Requests to repeat ("can you repeat that") are in
clarification_requests, which is matched against a last clause of three
words or more too.`,
		Default: []string{
			"can you hear me", "can you hear us", "can everyone hear me", "can you all hear me", "can you guys hear me",
			"do you hear me", "are you able to hear me", "can you hear me better",
			"can you see my screen", "can you see the screen", "can you see it", "can you see that", "can everyone see my screen",
			"can you all see my screen", "can you guys see my screen", "do you see my screen", "are you seeing my screen",
			"are you able to see my screen", "is my screen showing", "is my screen coming through", "is the screen showing",
			"are you still there", "you still there", "are you there", "still with me", "are you still with me",
			"did i lose you", "did we lose you", "have i lost you", "did you drop", "did you drop off",
			"am i on mute", "am i muted", "are you on mute", "is my audio okay", "is my audio ok", "how's my audio", "how is my audio",
		},
	}},
	Tags: []*analyze.TagDef{
		{Name: "question:open", Title: "open question", Tone: analyze.ToneOpenQuestion,
			Doc:  "Open question: invites the customer to talk (what, how, why, tell me…)",
			Mark: &analyze.Mark{Shape: analyze.ShapeBigDot, Legend: "Open question", Seller: true}},
		{Name: "question:closed", Title: "closed question", Tone: analyze.ToneClosedQuestion,
			Doc:  "Closed question: answered with yes, no or a fact",
			Mark: &analyze.Mark{Shape: analyze.ShapeDot, Legend: "Closed question", Seller: true}},
		{Name: "question:tag", Title: "tag question", Tone: analyze.ToneQuestion,
			Doc:  "Tag question: a statement with “right?” or “isn't it?” on the end",
			Mark: otherQuestion},
		{Name: "question:declarative", Title: "declarative question", Tone: analyze.ToneQuestion,
			Doc: "A statement asked as a question", Mark: otherQuestion},
		{Name: "question:backchannel", Title: "backchannel", Tone: analyze.ToneMuted,
			Doc: "“Really?”, “Right?”: keeps the other person talking; not counted as a question"},
		{Name: "question:clarification", Title: "clarifying question", Tone: analyze.ToneQuestion,
			Doc: "Asks to repeat or clarify what was just said", Mark: otherQuestion},
		{Name: "question:rhetorical", Title: "rhetorical question", Tone: analyze.ToneQuestion,
			Doc: "A question that expects no answer", Mark: otherQuestion},
	},
	Run: runQuestions,
}

// A QuestionKind is what kind of question a sentence is: "" for a
// statement, then the four real kinds, then three kinds that end in "?" but
// are not counted as questions.
type QuestionKind string

// The kinds.
const (
	QuestionNone          QuestionKind = ""
	QuestionOpen          QuestionKind = "open"
	QuestionClosed        QuestionKind = "closed"
	QuestionTag           QuestionKind = "tag"
	QuestionDeclarative   QuestionKind = "declarative"
	QuestionBackchannel   QuestionKind = "backchannel"
	QuestionClarification QuestionKind = "clarification"
	QuestionRhetorical    QuestionKind = "rhetorical"
)

// Real reports whether the kind counts as a question (open, closed, tag,
// declarative).
func (k QuestionKind) Real() bool {
	switch k {
	case QuestionOpen, QuestionClosed, QuestionTag, QuestionDeclarative:
		return true
	}
	return false
}

// TagName is the sentence tag for the kind: "question:open"; "" for none.
func (k QuestionKind) TagName() string {
	if k == QuestionNone {
		return ""
	}
	return "question:" + string(k)
}

// QuestionKindOf classifies one sentence on its own (nil rubric: the
// analyzer's own defaults). The analyzer uses the same classifier, and then one piece of
// context this function cannot see: a short fragment that only echoes the
// other speaker's last words ("Ten days?") is a backchannel. Use the
// analyzer's "question:KIND" tags (or QuestionKinds) for a transcript.
func QuestionKindOf(s *transcript.Sentence, r *analyze.Rubric) QuestionKind {
	if r == nil {
		r = ownRubric()
	}
	return newQuestionClassifier(r).kind(s)
}

// otherQuestion marks the kinds of question that are neither open nor
// closed on the timeline.
var otherQuestion = &analyze.Mark{Shape: analyze.ShapeSmallDot, Legend: "Other question", Seller: true}

// ownRubric is the analyzer's default rubric, for callers without one.
var ownRubric = sync.OnceValue(func() *analyze.Rubric {
	return analyze.NewRubric([]*analyze.Analyzer{Analyzer}, turns.Shared)
})

// QuestionKinds classifies every sentence of a transcript in context, as
// the analyzer does: kinds[turn][sentence].
func QuestionKinds(t *transcript.Transcript, r *analyze.Rubric) [][]QuestionKind {
	if r == nil {
		r = ownRubric()
	}
	qc := newQuestionClassifier(r)
	punct := punctuated(t)
	kinds := make([][]QuestionKind, len(t.Turns))
	for i := range t.Turns {
		kinds[i] = qc.turnKinds(t, i, punct, nil)
	}
	return kinds
}

// punctuated reports whether the transcript has sentence punctuation: some
// sentence ends in "." or "?". In such a transcript a sentence without it
// is unfinished.
func punctuated(t *transcript.Transcript) bool {
	for i := range t.Turns {
		for j := range t.Turns[i].Sentences {
			if s := &t.Turns[i].Sentences[j]; !s.Unpunctuated && finalMarkOf(s.Text) != markNone {
				return true
			}
		}
	}
	return false
}

func runQuestions(pass *analyze.Pass) error {
	t := pass.Transcript
	qc := newQuestionClassifier(pass.Rubric)
	punct := punctuated(t)
	type tally struct{ open, closed, tag, decl int }
	bySpeaker := make(map[string]*tally, len(t.Speakers))
	for _, s := range t.Speakers {
		bySpeaker[s.Name] = &tally{}
	}
	var kinds []QuestionKind
	for i := range t.Turns {
		turn := &t.Turns[i]
		n := bySpeaker[turn.Speaker]
		kinds = qc.turnKinds(t, i, punct, kinds[:0])
		for j, k := range kinds {
			if k == QuestionNone {
				continue
			}
			pass.Tag(transcript.Ref{Turn: i, Sentence: j}, k.TagName())
			switch k {
			case QuestionOpen:
				n.open++
			case QuestionClosed:
				n.closed++
			case QuestionTag:
				n.tag++
			case QuestionDeclarative:
				n.decl++
			}
		}
	}
	detail := func(n tally) string {
		return fmt.Sprintf("open %d, closed %d, tag %d, declarative %d", n.open, n.closed, n.tag, n.decl)
	}
	total := func(n tally) int { return n.open + n.closed + n.tag + n.decl }
	var seller, customer tally
	for _, s := range t.Speakers {
		n := *bySpeaker[s.Name]
		pass.SpeakerValue("questions", s.Name, float64(total(n)), detail(n))
		side := &seller
		switch s.Role {
		case transcript.RoleRep:
		case transcript.RoleCustomer:
			side = &customer
		default:
			continue
		}
		side.open += n.open
		side.closed += n.closed
		side.tag += n.tag
		side.decl += n.decl
	}
	if reason := turns.NoSeller(t); reason != "" {
		pass.NotApplicable("questions", reason)
		pass.NotApplicable("open_question_share", reason)
		pass.NotApplicable("customer_questions", reason)
		return nil
	}
	pass.Record(analyze.Metric{Name: "questions", Value: float64(total(seller)), Detail: detail(seller),
		Short: fmt.Sprintf("%d (%d open)", total(seller), seller.open)})
	if total(seller) == 0 {
		pass.NotApplicable("open_question_share", "seller asked no questions")
	} else {
		pass.Value("open_question_share", 100*float64(seller.open)/float64(total(seller)),
			fmt.Sprintf("%d open of %d", seller.open, total(seller)))
	}
	if reason := turns.NoSides(t); reason != "" {
		pass.NotApplicable("customer_questions", reason)
	} else {
		pass.Value("customer_questions", float64(total(customer)), detail(customer))
	}
	return nil
}

// questionClassifier holds the compiled phrase lists the classifier reads.
type questionClassifier struct {
	qbackchannels, clarifications, rhetorical, rhetoricalOpeners, elaboration, indirect, logistics *phrase.Matcher
	rubric                                                                                         *analyze.Rubric
}

func newQuestionClassifier(r *analyze.Rubric) *questionClassifier {
	return &questionClassifier{
		rubric:            r,
		qbackchannels:     r.Phrases("question_backchannels"),
		clarifications:    r.Phrases("clarification_requests"),
		rhetorical:        r.Phrases("rhetorical_questions"),
		rhetoricalOpeners: r.Phrases("rhetorical_openers"),
		elaboration:       r.Phrases("elaboration_requests"),
		indirect:          r.Phrases("indirect_questions"),
		logistics:         r.Phrases("call_logistics"),
	}
}

// turnKinds classifies the sentences of turn i in context, appending to
// dst:
//
//   - a sentence too long to keep whole is split by the fallback chunker;
//     when its last piece ends in . ? or !, the pieces are classified
//     together, as the one sentence they are, and the kind goes on the
//     first piece (see longSentence);
//   - a bare "do you?" after the speaker's own words asks the question back
//     ("I love it. Do you?"): closed; as a turn of its own it is a
//     backchannel;
//   - a declarative fragment that only repeats words of the other speaker's
//     last turn ("Ten days?" after "about ten days") is a backchannel.
func (qc *questionClassifier) turnKinds(t *transcript.Transcript, i int, punct bool, dst []QuestionKind) []QuestionKind {
	turn := &t.Turns[i]
	sents := turn.Sentences
	for j := 0; j < len(sents); j++ {
		s := &sents[j]
		if end, ok := longSentence(sents, j); ok {
			last := &sents[end]
			whole := transcript.Sentence{Text: turn.Text[s.Offset : last.Offset+len(last.Text)]}
			for k := j; k <= end; k++ {
				whole.Words = append(whole.Words, sents[k].Words...)
			}
			dst = append(dst, qc.kind(&whole))
			for k := j + 1; k <= end; k++ {
				dst = append(dst, QuestionNone)
			}
			j = end
			continue
		}
		k := qc.kind(s)
		switch {
		case punct && k.Real() && finalMarkOf(s.Text) == markNone && cutOff(s):
			// "and is a linguist st-": in a transcript with punctuation, a
			// question would have its "?" even cut off ("if they?"); this
			// one was abandoned.
			k = QuestionNone
		case k == QuestionBackchannel && j > 0 && isAskBack(s.Words):
			k = QuestionClosed
		case k == QuestionDeclarative && j == 0 && i > 0 && t.Turns[i-1].Speaker != turn.Speaker && echoes(s.Words, &t.Turns[i-1]):
			k = QuestionBackchannel
		}
		dst = append(dst, k)
	}
	return dst
}

// soDoI reports an inverted statement of agreement: "so" or "neither" and
// an auxiliary and pronoun, as the whole sentence (after "and", "oh"...):
// "so did I", "and so do we", "neither can I", "me too".
func soDoI(w []string) bool {
	if len(w) > 7 || len(w) < 3 {
		return false
	}
	k := 0
	for k < len(w) && w[k] != "so" && w[k] != "neither" && w[k] != "nor" {
		k++
	}
	if k+2 >= len(w) {
		return false
	}
	w = w[skipInterjections(w, 0):]
	for len(w) > 0 && (w[0] == "and" || w[0] == "well" || w[0] == "yeah") {
		w = w[1:]
	}
	if len(w) > 0 && w[len(w)-1] == "too" {
		w = w[:len(w)-1]
	}
	return len(w) == 3 && (w[0] == "so" || w[0] == "neither" || w[0] == "nor") && english.Auxiliaries.Has(w[1]) && personalSubjects.Has(w[2])
}

// isAskBack reports whether words are a bare auxiliary and "you" (after
// "oh", "and"...): "Do you?", "Have you?", "And do you?".
func isAskBack(words []string) bool {
	w := words[skipInterjections(words, 0):]
	for len(w) > 0 && (w[0] == "and" || w[0] == "so" || w[0] == "but") {
		w = w[1:]
	}
	return len(w) == 2 && english.Auxiliaries.Has(w[0]) && (w[1] == "you" || w[1] == "y'all")
}

// maxGroupWords is the longest run of chunks classified together as one
// sentence: longer text is run-on speech, not a sentence.
// maxSentenceWords is the longest sentence the reader keeps whole.
const maxSentenceWords = 40

const maxGroupWords = 2 * maxSentenceWords

// longSentence reports whether sents[j] starts the chunks of one long
// sentence: pieces without final punctuation followed by one that ends in
// . ? or !, more than maxSentenceWords words (shorter sentences are never
// cut) and at most maxGroupWords in all. It returns the last piece.
func longSentence(sents []transcript.Sentence, j int) (int, bool) {
	if !sents[j].Unpunctuated {
		return 0, false
	}
	n := 0
	for k := j; k < len(sents); k++ {
		n += len(sents[k].Words)
		if n > maxGroupWords {
			return 0, false
		}
		if sents[k].Unpunctuated {
			continue
		}
		return k, k > j && n > maxSentenceWords && finalMarkOf(sents[k].Text) != markNone
	}
	return 0, false
}

// maxEchoWords is the longest fragment that can be an echo backchannel.
const maxEchoWords = 3

// echoes reports whether a short fragment only repeats words of the
// previous turn (its last sentence, or last two when that one is short).
func echoes(words []string, prev *transcript.Turn) bool {
	words = words[skipInterjections(words, 0):]
	if len(words) == 0 || len(words) > maxEchoWords || english.Subjects.Has(words[0]) || personalSubjects.Has(words[0]) || english.Auxiliaries.Has(words[0]) {
		return false
	}
	if len(prev.Sentences) == 0 {
		return false
	}
	last := prev.Sentences[len(prev.Sentences)-1].Words
	var before []string
	if len(prev.Sentences) > 1 && len(last) < 4 {
		// "About ten days. Sometimes more." is echoed by "Ten days?".
		before = prev.Sentences[len(prev.Sentences)-2].Words
	}
	content := 0
	for _, w := range words {
		if functionWords.Has(w) {
			continue
		}
		content++
		if !slices.Contains(last, w) && !slices.Contains(before, w) {
			return false
		}
	}
	return content > 0
}

// cutOff reports whether the sentence ends in a word cut off ("st-",
// "the-"): the speaker abandoned it.
func cutOff(s *transcript.Sentence) bool {
	t := strings.TrimRight(s.Text, " ")
	return strings.HasSuffix(t, "-") && !strings.HasSuffix(t, " -") && len(s.Words) > 0 && turns.MarksOf(s).Cut(len(s.Words)-1)
}

// The sentence's final punctuation, as the classifier reads it.
type finalMark uint8

const (
	markNone     finalMark = iota // no final punctuation, or trailing off ("…", "-")
	markQuestion                  // "?"
	markStop                      // "." or "!"
)

func finalMarkOf(text string) finalMark {
	s := english.TrimClosers(text)
	if s == "" {
		return markNone
	}
	switch s[len(s)-1] {
	case '?':
		return markQuestion
	case '!':
		if strings.HasSuffix(s, "?!") {
			return markQuestion
		}
		return markStop
	case '.':
		if strings.HasSuffix(s, "..") {
			return markNone // trailing off: read the words
		}
		return markStop
	}
	return markNone
}

// directive is what opener returns for a directive in question form
// ("why don't you go first"): kind makes it a statement.
const directive QuestionKind = "directive"

// kind classifies one sentence without context.
func (qc *questionClassifier) kind(s *transcript.Sentence) QuestionKind {
	k := qc.sentenceKind(s)
	if k == directive {
		return QuestionNone
	}
	if k.Real() && len(s.Words) <= 7 && soDoI(s.Words) {
		return QuestionNone // "So did I.", "and neither do we": an inverted statement
	}
	return k
}

func (qc *questionClassifier) sentenceKind(s *transcript.Sentence) QuestionKind {
	w := s.Words
	if len(w) == 0 {
		return QuestionNone
	}
	mark := finalMarkOf(s.Text)
	if mark == markStop {
		return qc.stopKind(s, w)
	}
	// Commas, cut-offs ("do you- do you") and capitals survive in much ASR
	// text too.
	if qc.aboutTheCall(s) {
		return QuestionClarification // "Can you hear me?"
	}
	m := turns.MarksOf(s)
	q := mark == markQuestion
	start := qc.skipPrefix(w, 0, m)
	if !q && english.WordSearchAt(w, start) && len(w) > 4 {
		return QuestionNone // "what's it called job sharing"
	}

	if core := w[skipInterjections(w, 0):]; len(core) == 2 && core[0] == "how" && exclaimed.Has(core[1]) && !q {
		return QuestionNone // "How funny.", "oh how nice": an exclamation
	}
	// Whole-sentence reactions first: "Sorry?", "Really?", "Oh, do you?".
	if _, ok := qc.clarifications.Equal(w); ok && q && len(w) == 1 {
		return QuestionClarification // "Huh?", "Hm?"
	}
	if k := qc.reaction(w[skipInterjections(w, 0):], q); k != QuestionNone {
		return k
	}
	if start >= len(w) {
		if q {
			return QuestionBackchannel // only fillers and markers: "So?", "And?"
		}
		return QuestionNone
	}
	if qc.isRhetorical(w[start:]) {
		return QuestionRhetorical
	}
	if k := qc.opener(w, start, m, q); k != QuestionNone {
		return k
	}
	if start+1 < len(w) && piedPiping.Has(w[start]) && (w[start+1] == "what" || w[start+1] == "which" || w[start+1] == "whose" || w[start+1] == "how") {
		// A question word after its preposition: "in what way", "by what
		// do you mean", "for how long".
		if k := qc.opener(w, start+1, m, q); k.Real() {
			return k
		}
	}
	if start+2 < len(w) && !functionWords.Has(w[start]) && !english.SubjectWords.Has(w[start]) && !english.Auxiliaries.Has(w[start]) && !m.Comma(start+1) {
		// A name before the question: "and Quinn, do you have...".
		if strong, ok := english.QuestionOpensAt(w, start+1); ok && strong && english.Auxiliaries.Has(w[start+1]) {
			if k := qc.opener(w, start+1, m, q); k != QuestionNone {
				return k
			}
		}
	}
	if q {
		// A question after a comma: "Joc, can you discuss that?", "So, to
		// start, what prompted you...?"; not the tag of "..., isn't it?".
		for i := start + 1; i < len(w); i++ {
			if !m.Comma(i) || isTagClause(w[i:]) {
				continue
			}
			j := qc.skipPrefix(w, i, m)
			if j < len(w) && !personalSubjects.Has(safe(w, j+1)) || j < len(w) && english.Auxiliaries.Has(w[j]) {
				if k := qc.opener(w, j, m, q); k != QuestionNone {
					return k
				}
			}
		}
	}
	if k := qc.tagEnding(w, start, m, q, strings.ContainsAny(s.Text, ",;:")); k != QuestionNone {
		return k
	}
	if !q {
		if start+2 <= len(w) && len(w)-start <= 12 && unpunctuatedElliptical.Has(w[start]+" "+w[start+1]) && !english.Auxiliaries.Has(safe(w, start+2)) {
			return QuestionClosed // "any questions", "anything else"
		}
		if start+2 < len(w) && w[start] == "you" && w[start+1] == "ever" {
			return QuestionClosed // "you ever seen that movie": "have" left out
		}
		if orNotEnding(w[start:]) {
			return QuestionClosed // "so you match case in the parser or not"
		}
		return QuestionNone
	}
	// An alternative: "Morning or afternoon?", "Monday or Tuesday?"
	for i := start + 1; i < len(w)-1; i++ {
		if w[i] == "or" {
			return QuestionClosed
		}
	}
	// Elliptical yes/no: "Any questions?", "Got a minute?", "Still there?"
	if ellipticalOpeners.Has(w[start]) || start+1 < len(w) && ellipticalPairs.Has(w[start]+" "+w[start+1]) {
		return QuestionClosed
	}
	return QuestionDeclarative
}

// stopKind classifies a sentence ending in "." or "!": a statement unless
// its words are unmistakably a question: a request to elaborate ("Tell me
// about your team."), an indirect question ("I was wondering if..."), or an
// inversion of a do, modal, perfect or progressive auxiliary with a pronoun
// subject ("Do you have a budget.", "How much opportunity do you see.").
func (qc *questionClassifier) stopKind(s *transcript.Sentence, w []string) QuestionKind {
	if finalIsExclamation(s.Text) {
		return QuestionNone
	}
	var m turns.Marks
	if strings.IndexByte(s.Text, '-') >= 0 {
		m = turns.MarksOf(s)
	}
	start := qc.skipPrefix(w, 0, m)
	if start >= len(w) {
		return QuestionNone
	}
	if qc.isRhetorical(w[start:]) {
		return QuestionNone
	}
	if n := len(w); n-start > 4 && (isAuxTag(w[n-2:]) && english.NegativeAux.Has(w[n-2]) || isAuxTag(w[n-3:]) && english.NegativeAux.Has(w[n-3])) && !english.Auxiliaries.Has(w[start]) {
		return QuestionTag // "There's really a lot, isn't there.": the tag asks, whatever the period says
	}
	if k := qc.elaborationAt(w, start); k != QuestionNone {
		return k
	}
	if k := qc.indirectAt(w, start); k != QuestionNone {
		return k
	}
	i := start
	if w[i] == "why" && safe(w, i+1) == "don't" && safe(w, i+2) == "you" && i+3 < len(w) {
		return QuestionNone // "Why don't you go first.": a directive (elaboration requests were read above)
	}
	if (w[i] == "how" || w[i] == "what") && safe(w, i+1) == "about" && i+2 < len(w) && (english.PersonalPronouns.Has(w[i+2]) || english.Articles.Has(w[i+2])) {
		return QuestionOpen // "How about you.", "What about your budget."
	}
	if english.WhContractions.Has(w[i]) && i+2 < len(w) && english.Articles.Has(w[i+1]) && w[i+1] != "a" && w[i+1] != "an" && !pseudoCleft(w, i+1) && !english.WordSearchAt(w, i) {
		return QuestionOpen // "What's his first name.", "How's the new job."
	}
	if english.BeAux.Has(w[i]) && i+2 < len(w) && beSubjects.Has(w[i+1]) && english.Agrees(w[i], w[i+1]) && !finiteAfterSubject(w, i+1) && !english.FillerWords.Has(w[i+2]) &&
		w[i+2] != "like" && !(w[i+2] == "you" && safe(w, i+3) == "know") {
		return QuestionClosed // "Was it good.", "Is it David Segal.", "Wasn't it a woman."
	}
	if english.WhWords.Has(w[i]) || english.WhContractions.Has(w[i]) {
		ph := english.WhPhraseAt(w, i)
		j, ok := ph.Aux, ph.OK
		if english.WhContractions.Has(w[i]) {
			j, ok = i, true
		}
		if !ok || j >= len(w) || j+1 >= len(w) {
			return QuestionNone
		}
		a, subj := w[j], w[j+1]
		if english.WhContractions.Has(a) {
			return QuestionNone
		}
		if (english.StrongAux.Has(a) || english.BeAux.Has(a) && progressive(w, j+2)) && english.PersonalPronouns.Has(subj) && english.Agrees(a, subj) && !finiteAfterSubject(w, j+1) {
			return QuestionOpen
		}
		return QuestionNone
	}
	if english.StrongAux.Has(w[i]) && i+1 < len(w) && english.PersonalPronouns.Has(w[i+1]) && english.Agrees(w[i], w[i+1]) && !finiteAfterSubject(w, i+1) &&
		!(w[i+1] == "you" && safe(w, i+2) == "know" && !doKnowQuestion(w, i+3)) {
		if k := qc.afterInversion(w, i+2); k != QuestionNone {
			return k
		}
		return QuestionClosed
	}
	return QuestionNone
}

// maxCallWords is the longest sentence or last clause aboutTheCall reads:
// the longest phrase of call_logistics, with a few fillers and tails.
const maxCallWords = 10

// aboutTheCall reports whether the sentence, or its last clause after a
// comma, is a question about the call itself (call_logistics: "can you hear
// me"), or, for a last clause of three words or more, a request to repeat
// (clarification_requests: "sorry, you cut out, can you repeat that").
func (qc *questionClassifier) aboutTheCall(s *transcript.Sentence) bool {
	w := s.Words
	starts := [2]int{0}
	clauses := 1
	if k := strings.LastIndexByte(s.Text, ','); k >= 0 {
		if n := transcript.CountWords(s.Text[k+1:]); n > 0 && n < len(w) && n <= maxCallWords {
			starts[1], clauses = len(w)-n, 2
		}
	}
	for _, from := range starts[:clauses] {
		if len(w)-from > maxCallWords {
			continue
		}
		for c := w[qc.skipPrefix(w, from, nil):]; len(c) > 0; c = c[:len(c)-1] {
			if _, ok := qc.logistics.Equal(c); ok {
				return true
			}
			if _, ok := qc.clarifications.Equal(c); ok && from > 0 && len(c) >= 3 {
				return true
			}
			if len(c) <= 2 || !callTails.Has(c[len(c)-1]) {
				break
			}
		}
	}
	return false
}

// callTails may end a question about the call: "can you see it now".
var callTails = english.SetOf("now", "okay", "ok", "alright", "there", "well", "clearly", "fine", "still", "again", "right")

// progressive reports whether w[i] is an -ing form ("are you going").
func progressive(w []string, i int) bool {
	return i < len(w) && len(w[i]) > 4 && strings.HasSuffix(w[i], "ing") || safe(w, i) == "gonna"
}

func finalIsExclamation(text string) bool {
	s := english.TrimClosers(text)
	return strings.HasSuffix(s, "!")
}

// isRhetorical reports whether words (after fillers) are a conventional
// rhetorical question, maybe followed by a tag or "anyway".
func (qc *questionClassifier) isRhetorical(w []string) bool {
	if _, ok := qc.rhetoricalOpeners.HasPrefix(w); ok {
		return true
	}
	for len(w) > 1 {
		switch n := len(w); {
		case w[n-1] == "right" || w[n-1] == "anyway" || w[n-1] == "anyways" || w[n-1] == "though" || w[n-1] == "huh":
			w = w[:n-1]
		case n > 2 && (w[n-2] == "you" && w[n-1] == "know" || w[n-2] == "i" && (w[n-1] == "mean" || w[n-1] == "guess")):
			w = w[:n-2]
		default:
			_, ok := qc.rhetorical.Equal(w)
			return ok
		}
	}
	_, ok := qc.rhetorical.Equal(w)
	return ok
}

// reaction classifies a whole sentence that is a reaction or a request to
// repeat: backchannel, clarification, or "" for neither. Without a "?",
// only reactions that are questions by their words count ("is that right",
// "come again"), not "yeah" or "what".
func (qc *questionClassifier) reaction(core []string, q bool) QuestionKind {
	if len(core) == 0 {
		if q {
			return QuestionBackchannel // "Oh?", "Wow?"
		}
		return QuestionNone
	}
	if len(core) > 6 {
		return QuestionNone
	}
	if _, ok := qc.clarifications.Equal(core); ok && (q || len(core) > 1 && !english.Auxiliaries.Has(core[0]) && core[0] != "what" && core[0] != "who" && core[0] != "one") {
		return QuestionClarification
	}
	if q && core[0] == "sorry" && len(core) > 1 {
		if _, ok := qc.clarifications.Equal(core[1:]); ok {
			return QuestionClarification // "Sorry, what?"
		}
	}
	if q && (core[0] == "you" && safe(core, 1) == "mean" && len(core) > 2 || core[0] == "meaning" && len(core) > 1) {
		// "You mean the API?": a check of understanding that names what
		// it asks about wants a yes or no.
		return QuestionClosed
	}
	if q && core[0] == "you" && safe(core, 1) == "mean" {
		return QuestionClarification // "You mean?"
	}
	if !q && core[0] == "you" && safe(core, 1) == "mean" && len(core) > 2 && !english.Auxiliaries.Has(core[2]) && !english.PersonalPronouns.Has(core[2]) {
		return QuestionClosed // "you mean the iceberg project": even unpunctuated it checks
	}
	if q && len(core) >= 2 && core[len(core)-1] == "again" && core[0] == "sorry" {
		return QuestionClarification // "Sorry, again?"
	}
	if q && len(core) >= 3 && core[len(core)-1] == "again" && (english.WhWords.Has(core[0]) || english.WhContractions.Has(core[0])) {
		return QuestionOpen // "What was your name again?": it asks for a fact
	}
	if _, ok := qc.qbackchannels.Equal(core); ok && (q || english.Auxiliaries.Has(core[0])) {
		return QuestionBackchannel
	}
	if q && turns.IsBackchannel(qc.rubric, core) {
		return QuestionBackchannel
	}
	// "Is it really?", "Do you really not?", "Did they really?"
	if (len(core) == 3 || len(core) == 4 && core[3] == "not") && echoAux.Has(core[0]) && personalSubjects.Has(core[1]) && core[2] == "really" {
		return QuestionBackchannel
	}
	// "Do you?", "Is it?", "Did she?", "You did?", "Oh, they are?"
	if len(core) == 2 {
		a, b := core[0], core[1]
		if echoAux.Has(a) && personalSubjects.Has(b) && english.Agrees(a, b) || q && personalSubjects.Has(a) && echoAux.Has(b) {
			return QuestionBackchannel
		}
	}
	return QuestionNone
}

// opener classifies the question that starts at w[i], or returns "".
func (qc *questionClassifier) opener(w []string, i int, m turns.Marks, q bool) QuestionKind {
	if k := qc.elaborationAt(w, i); k != QuestionNone {
		return k
	}
	if k := qc.indirectAt(w, i); k != QuestionNone {
		return k
	}
	word := w[i]
	next := safe(w, i+1)
	switch {
	case (word == "how" || word == "what") && next == "about":
		if word == "how" && personalSubjects.Has(safe(w, i+2)) && safe(w, i+2) != "you" {
			return QuestionClosed // "how about we meet Tuesday": a proposal
		}
		return QuestionOpen
	case word == "how" && next == "come", word == "what" && next == "if", word == "why" && next == "not" && !personalSubjects.Has(safe(w, i+2)):
		return QuestionOpen
	case word == "why" && (next == "don't" || next == "not") && (safe(w, i+2) == "we" || safe(w, i+2) == "i" || safe(w, i+2) == "us"):
		return QuestionClosed // "why don't we set up a call": a proposal
	case word == "why" && next == "don't" && safe(w, i+2) == "you" && i+3 < len(w):
		// "why don't you go first": a directive to the listener (a
		// request to elaborate, "why don't you tell me about...", was read
		// above); opener stops here.
		return directive
	case english.WhContractions.Has(word):
		if !q && (pseudoCleft(w, i+1) || next == "that" && i+2 < len(w) && english.ClauseStarts.Has(safe(w, i+2))) {
			return QuestionNone // "what's important is...", "how's that we..."
		}
		return QuestionOpen
	case english.WhWords.Has(word):
		if q {
			return QuestionOpen
		}
		return qc.unpunctuatedWh(w, i)
	case english.Auxiliaries.Has(word):
		if !qc.inverted(w, i, m, q) {
			if !q && i+2 < len(w) && english.BeAux.Has(word) && w[i+2] == "or" {
				return QuestionClosed // "is tuesday or wednesday better"
			}
			return QuestionNone
		}
		if k := qc.afterInversion(w, i+2); k != QuestionNone {
			return k
		}
		return QuestionClosed
	}
	return QuestionNone
}

// unpunctuatedWh reads a question word at w[i] in text without final
// punctuation. It is a question when
//
//   - its phrase is followed by an auxiliary inverted with its subject
//     ("what kind of car do you...", "how is it");
//   - it is the subject: its phrase is followed by an auxiliary or a verb
//     that is not a subject's ("what could be the benefit", "who else would
//     be involved", "what made you", "who handles billing"), unless a later
//     "is" makes it a pseudo-cleft ("what happened was...");
//   - it is all there is: "why", "why not", "what kind of bird".
//
// It is not when a subject follows it ("what we need is...", "how the
// business is running"), nor "which is", "who is" (relative clauses).
func (qc *questionClassifier) unpunctuatedWh(w []string, i int) QuestionKind {
	rest := w[i:]
	if len(rest) >= 2 && (english.WhWords.Has(rest[1]) || english.WhContractions.Has(rest[1])) && rest[1] != rest[0] {
		// "why what happened", "how what do you mean": a restart.
		return qc.opener(w, i+1, nil, false)
	}
	if len(rest) == 1 {
		if rest[0] == "why" || rest[0] == "how" || rest[0] == "where" {
			return QuestionOpen
		}
		return QuestionNone
	}
	if rest[1] == "or" || rest[1] == "so" && len(rest) == 2 || rest[0] == "why" && rest[1] == "not" {
		return QuestionOpen // "why or why not", "how so", "why not"
	}
	if whSubjectQuestion(w, i) {
		return QuestionOpen
	}
	if rest[1] == "a" || rest[1] == "an" {
		return QuestionNone // "what a day"
	}
	if droppedAux(rest) {
		return QuestionOpen // "where you at", "what school you going to"
	}
	ph := english.WhPhraseAt(w, i)
	if !ph.OK {
		return QuestionNone
	}
	if ph.Aux >= len(w) {
		// A phrase with no verb: "what kind of bird", "which one".
		if len(rest) > 6 || ph.Complex {
			return QuestionNone
		}
		return QuestionOpen
	}
	if pseudoCleft(w, ph.Aux) || ph.Size == 1 && (english.VerbLike(w[i+1]) || english.PastVerbs.Has(w[i+1])) && english.BeAux.Has(w[ph.Aux]) && !english.Subjects.Has(safe(w, ph.Aux+1)) {
		return QuestionNone // "what we'd want to do is...", "what happens is..."
	}
	if w[i] == "which" && ph.Size == 0 && english.BeAux.Has(w[ph.Aux]) {
		return QuestionNone // "which is the first phase": a relative clause
	}
	if w[i] == "who" && ph.Size == 0 && !english.Subjects.Has(safe(w, ph.Aux+1)) {
		return QuestionOpen // "who would be involved"
	}
	if _, ok := english.QuestionOpensAt(w, i); ok {
		return QuestionOpen
	}
	return QuestionNone
}

// droppedAux reports a short wh-question of casual speech without its
// auxiliary: the question word, a phrase of at most three words, a
// pronoun subject and an -ing form or a stranded "from", "at" ("where you
// at", "what part of Texas you from", "what school you going to", "how
// you doing"). No auxiliary or contraction may come after the question
// word: "what you're saying is..." is a free relative.
func droppedAux(rest []string) bool {
	if len(rest) > 8 {
		return false
	}
	for _, x := range rest[1:] {
		if english.Auxiliaries.Has(x) || english.FiniteVerbs.Has(x) || english.SubjectContractions.Has(x) || english.WhContractions.Has(x) {
			return false
		}
	}
	for k := 1; k <= 4 && k+1 < len(rest); k++ {
		x := rest[k]
		if !english.PersonalPronouns.Has(x) {
			if english.ObjectPronouns.Has(x) || x == "to" || x == "if" || x == "that" || x == "it" {
				return false
			}
			continue
		}
		v := rest[k+1]
		if progressive(rest, k+1) && v != "thing" && v != "nothing" && v != "something" && v != "anything" && v != "everything" {
			return len(rest)-k-2 <= 3
		}
		return (v == "from" || v == "at") && k+2 == len(rest)
	}
	return false
}

// whSubjectQuestion reports a question whose question word is the subject
// of a verb: "what made you...", "who handles billing", "what seems to
// be...", unless a later "is" makes it a pseudo-cleft ("what happened
// was...").
func whSubjectQuestion(w []string, i int) bool {
	if w[i] != "what" && w[i] != "who" || i+1 >= len(w) {
		return false
	}
	v := w[i+1]
	if !english.VerbLike(v) && !english.PastVerbs.Has(v) || english.BeAux.Has(safe(w, i+2)) {
		return false
	}
	for _, x := range w[i+2:] {
		if x == "is" || x == "was" {
			return false // "what seemed to happen ... was that"
		}
	}
	return true
}

// pseudoCleft reports whether a copula follows later ("what's important
// to us is price", "what happened was"): a statement, not a question.
func pseudoCleft(w []string, from int) bool {
	for k := from + 1; k < len(w) && k <= from+6; k++ {
		if w[k] == "is" || w[k] == "was" {
			return true
		}
	}
	return false
}

// inverted reports whether the auxiliary at w[i] is followed by its
// subject: "do you", "is it", "can we", "have you ever", "is Tuesday".
func (qc *questionClassifier) inverted(w []string, i int, m turns.Marks, q bool) bool {
	a := w[i]
	if i+1 >= len(w) {
		return false
	}
	next := w[i+1]
	if q {
		// With "?", an auxiliary at the start is a yes/no question, unless
		// it is an imperative "do": "Do that?" is rare, "do it" rarer.
		return !(a == "do" && (next == "it" || next == "that" || next == "this"))
	}
	if !subjectAt(w, i+1, m) || !english.Agrees(a, next) {
		return false
	}
	switch a {
	case "do":
		if !doSubjects.Has(next) {
			return false // "do the dishes", "do your best": imperatives
		}
	case "have", "has", "had":
		if english.HaveObjects.Has(next) {
			return false // "have a good one", "had this much stuff"
		}
	}
	if next == "you" && safe(w, i+2) == "know" && (a == "do" || a == "did") && !doKnowQuestion(w, i+3) {
		return false // "I do, you know, ..." cut before "do"
	}
	if next == "you" && safe(w, i+2) == "know" && !english.DoSupport.Has(a) {
		return false // "(the annotations that) are you know not...": "you know" is a filler
	}
	if (a == "is" || a == "was") && next == "that" {
		k := i + 2
		for k < len(w) && english.FillerWords.Has(w[k]) {
			k++
		}
		if k+1 < len(w) && (english.Subjects.Has(w[k]) || english.ClauseStarts.Has(w[k])) && !(english.Articles.Has(w[k]) && !finiteWithin(w, k+1, 4)) {
			return false // "(the thing) is that we...": a complementizer; not "is that the right way"
		}
	}
	return !finiteAfterSubject(w, i+1)
}

// finiteWithin reports whether a finite verb is among the n words from
// w[i]: "(is that) the price went up".
func finiteWithin(w []string, i, n int) bool {
	for k := i; k < len(w) && k < i+n; k++ {
		if k > 0 && w[k-1] == "to" {
			continue // "the right way to set it up": an infinitive
		}
		if english.FiniteVerbs.Has(w[k]) || english.PastVerbs.Has(w[k]) || english.SubjectContractions.Has(w[k]) {
			return true
		}
	}
	return false
}

// doKnowQuestion reports whether "do you know" is followed by what it asks
// about (a wh-word, "if", "whether", "anyone", "about"), or by nothing.
func doKnowQuestion(w []string, i int) bool {
	if i >= len(w) {
		return true
	}
	x := w[i]
	return english.WhWords.Has(x) || english.WhContractions.Has(x) || english.ObjectPronouns.Has(x) || english.Existentials.Has(x) || x == "if" || x == "whether" || x == "about" || x == "anyone" || x == "anybody" || x == "any" || x == "of" || x == "the" || x == "that" || x == "this" || x == "how"
}

// afterInversion looks past "can you", "would you mind" for a request to
// elaborate, which makes the question open.
func (qc *questionClassifier) afterInversion(w []string, i int) QuestionKind {
	for k := 0; k < 3 && i < len(w); k++ {
		if _, ok := qc.elaboration.HasPrefix(w[i:]); ok {
			return QuestionOpen
		}
		if !softeners.Has(w[i]) {
			break
		}
		i++
	}
	return QuestionNone
}

// elaborationAt reports an imperative request to elaborate at w[i]: "tell
// me about", "walk me through", "why don't you tell me".
func (qc *questionClassifier) elaborationAt(w []string, i int) QuestionKind {
	for k := 0; k < 3 && i < len(w); k++ {
		if m, ok := qc.elaboration.HasPrefix(w[i:]); ok && !strings.HasSuffix(w[i], "ing") {
			if w[i] == "tell" && m.End < len(w) && notAfterTell.Has(w[m.End]) {
				return QuestionNone // "tell them", "tell me if you need anything"
			}
			if w[i] == "tell" && m.End == len(w) {
				return QuestionNone // "tell me." alone, "tell us"
			}
			if w[i] == "tell" && m.End+1 < len(w) && w[m.End] == "about" && w[m.End+1] == "it" && m.End+2 == len(w) {
				return QuestionNone // "Tell me about it."
			}
			return QuestionOpen
		}
		if !softeners.Has(w[i]) {
			break
		}
		i++
	}
	if i < len(w) && w[i] == "why" && safe(w, i+1) == "don't" && safe(w, i+2) == "you" {
		if _, ok := qc.elaboration.HasPrefix(w[min(i+3, len(w)):]); ok {
			return QuestionOpen
		}
	}
	return QuestionNone
}

// indirectAt reports an indirect question at w[i]: "I was wondering if...",
// "I'm curious how...".
func (qc *questionClassifier) indirectAt(w []string, i int) QuestionKind {
	m, ok := qc.indirect.HasPrefix(w[i:])
	if !ok {
		return QuestionNone
	}
	j := m.End
	for j < len(w) && (w[j] == "about" || w[j] == "to" || w[j] == "know" || w[j] == "hear" || w[j] == "more" || softeners.Has(w[j])) {
		j++
	}
	if j >= len(w) {
		return QuestionNone
	}
	switch x := w[j]; {
	case x == "if" || x == "whether":
		return QuestionClosed
	case english.WhWords.Has(x) || english.WhContractions.Has(x):
		return QuestionOpen
	}
	if strings.HasPrefix(w[i], "i'd") && (w[m.End-1] == "hear" || w[m.End-1] == "understand") && w[j] != "from" {
		return QuestionOpen // "I'd love to hear about your team"
	}
	return QuestionNone
}

// tagEnding classifies a statement that ends in a tag.
// commas tells whether the text has commas (not only dashes, which mark
// restarts).
func (qc *questionClassifier) tagEnding(w []string, start int, m turns.Marks, q, commas bool) QuestionKind {
	n := len(w)
	if n-start < 3 {
		if q && n-start == 2 && tagWords.Has(w[n-1]) {
			return QuestionTag // "It is, huh?"
		}
		if !(q && n-start >= 2) {
			return QuestionNone
		}
	}
	// Tags of several words: "isn't it", "don't you think", "wouldn't you say".
	for _, size := range [...]int{3, 2} {
		if n-start <= size {
			continue
		}
		t := w[n-size:]
		if !isAuxTag(t) {
			continue
		}
		if q || english.NegativeAux.Has(t[0]) {
			return QuestionTag
		}
	}
	last := w[n-1]
	prev := w[n-2]
	if q {
		if isThatTag(w[start:]) > 0 {
			return QuestionTag // "You're in Dallas, is that right?"
		}
		if (last == "right" || last == "correct") && !m.Comma(n-1) && notTagBeforeRight.Has(prev) {
			return QuestionNone // "...the hardest to get right?"
		}
		if tagWords.Has(last) || last == "know" && prev == "you" || last == "think" && prev == "you" || last == "see" && prev == "you" ||
			last == "right" && (prev == "am" || prev == "i") || last == "true" || last == "agreed" {
			if last == "know" && n-start <= 3 {
				return QuestionNone
			}
			return QuestionTag
		}
		if size := isThatTag(w[start:]); size > 0 {
			return QuestionTag // "You're in Dallas, is that right?"
		}
		return QuestionNone
	}
	if n-start >= 4 && positiveTag(prev, last) && (negated(w[start:n-2]) || english.SubjectContractions.Has(w[start]) && english.BeAux.Has(prev)) && !english.InversionTriggers.Has(w[n-3]) {
		// "it's not the blue plan is it", "you're in dallas are you"
		return QuestionTag // "it's not david is it", "they don't recognize it do they"
	}
	if commas && m.HasCommas() && !m.Comma(n-1) {
		return QuestionNone // "right" inside a clause of a punctuated sentence
	}
	switch last {
	case "huh":
		if n-start >= 4 && !english.FillerWords.Has(prev) && w[start] != "that's" && w[start] != "what" && w[start] != "how" {
			// Not a reaction: "that's weird huh", "what a day huh".
			return QuestionTag // "kind of strange to you all huh"
		}
	case "right":
		if !notTagBeforeRight.Has(prev) && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "'re") && !strings.HasSuffix(prev, "'m") {
			return QuestionTag
		}
	case "correct":
		if !notTagBeforeRight.Has(prev) && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "'re") && prev != "politically" {
			return QuestionTag
		}
	}
	return QuestionNone
}

// positiveTag reports whether a and p make a positive tag: "is it", "do
// they", "are we"; not "do it" or "have it" (a verb and its object), nor
// "so do I".
func positiveTag(a, p string) bool {
	switch {
	case p == "i" || !english.TagPronouns.Has(p):
		return false
	case english.BeAux.Has(a) && !english.NegativeAux.Has(a):
		return true
	case a == "does" || a == "did" || a == "do":
		return p != "it" && p != "that" && p != "there"
	case english.Auxiliaries.Has(a) && !english.NegativeAux.Has(a):
		return english.PersonalPronouns.Has(p) // "have you", "will they", "can we"
	}
	return false
}

// negated reports whether a clause has a negation, which a positive tag
// reverses: "not", "never", "no", an auxiliary with "n't".
func negated(w []string) bool {
	for _, x := range w {
		if x == "not" || x == "never" || x == "no" || strings.HasSuffix(x, "n't") {
			return true
		}
	}
	return false
}

// orNotEnding reports a clause that ends in "or not" or "or what", which
// asks for a choice: "you do case matching or not", "are they coming or
// what"; not inside "if" or "whether" ("I don't know if it works or not").
func orNotEnding(w []string) bool {
	n := len(w)
	if n < 4 || w[n-2] != "or" || w[n-1] != "not" && w[n-1] != "what" || w[n-4] == "believe" && w[n-3] == "it" {
		return false // not "believe it or not"
	}
	for _, x := range w[:n-2] {
		if x == "if" || x == "whether" {
			return false
		}
	}
	return true
}

// isAuxTag reports whether t is an auxiliary tag: an auxiliary and a
// pronoun, maybe with "think", "say" or "agree" ("isn't it", "don't you
// think", "wouldn't you say").
func isAuxTag(t []string) bool {
	if !english.Auxiliaries.Has(t[0]) || !english.TagPronouns.Has(t[1]) {
		return false
	}
	if len(t) == 3 {
		return t[2] == "think" || t[2] == "say" || t[2] == "agree"
	}
	return true
}

// isTagClause reports whether a clause is a tag: "isn't it", "right",
// "don't you think", "is that right".
func isTagClause(c []string) bool {
	switch {
	case len(c) == 1:
		return tagWords.Has(c[0]) || c[0] == "true" || c[0] == "agreed"
	case len(c) == 2 && c[0] == "you" && (c[1] == "know" || c[1] == "think" || c[1] == "see"):
		return true
	case len(c) <= 3 && isAuxTag(c):
		return true
	}
	return len(c) <= 4 && isThatTag(append([]string{"x"}, c...)) > 0
}

// isThatTag returns the size of an "is that right" tag ending w, or 0.
func isThatTag(w []string) int {
	n := len(w)
	if n >= 4 && (w[n-3] == "is" || w[n-3] == "isn't") && w[n-2] == "that" && (w[n-1] == "right" || w[n-1] == "correct" || w[n-1] == "true" || w[n-1] == "so") {
		return 3
	}
	return 0
}

// skipPrefix returns the index of the first word after fillers, discourse
// markers, lead-ins and restarts ("um so", "okay and", "let me ask you",
// "do you- do you").
func (qc *questionClassifier) skipPrefix(w []string, i int, m turns.Marks) int {
	for i < len(w) {
		if prefixWords.Has(w[i]) {
			i++
			continue
		}
		if j := phrasePrefix(w, i, prefixPhrases); j > i && j < len(w) {
			i = j
			continue
		}
		if i+1 < len(w) && w[i] == w[i+1] && len(w[i]) > 1 {
			i++ // "what what do you", "and and"
			continue
		}
		if i+3 < len(w) && w[i] == w[i+2] && w[i+1] == w[i+3] {
			i += 2 // "is it, is it a...", "do you do you"
			continue
		}
		if k := auxRestart(w, i); k > i {
			i = k // "is are we", "did she did you", "have you did you"
			continue
		}
		// A restart at a dash or comma, from one question opening to
		// another: "do you - are you familiar", "was it - is it the one",
		// "doesn't - does it have".
		if k := restartAt(w, i, m); k > i {
			i = k
			continue
		}
		// A restart: a cut-off word among the next few, "how many- do you".
		cut := -1
		for k := i; k < len(w)-1 && k < i+4; k++ {
			if m.Cut(k) {
				cut = k
				break
			}
		}
		if cut < 0 {
			return i
		}
		i = cut + 1
	}
	return i
}

// auxRestart returns where an inverted question restarts the opening at
// w[i] (fillers between skipped): an auxiliary right after an auxiliary
// ("is are we", "have has anything", "do would you"), or after an
// auxiliary and its pronoun ("did she did you", "are they are those",
// "have you did you use"). Otherwise it returns i.
func auxRestart(w []string, i int) int {
	if i+2 >= len(w) || !english.Auxiliaries.Has(w[i]) {
		return i
	}
	j := i + 1
	for j < len(w) && english.FillerWords.Has(w[j]) {
		j++
	}
	if j+1 < len(w) && finiteAux.Has(w[j]) && subjectAt(w, j+1, nil) {
		return j
	}
	if j < len(w) && (personalSubjects.Has(w[j]) || english.Subjects.Has(w[j])) {
		k := j + 1
		for k < len(w) && english.FillerWords.Has(w[k]) {
			k++
		}
		if k+1 < len(w) && finiteAux.Has(w[k]) && (w[k] != w[i] && subjectAt(w, k+1, nil) || w[k+1] != w[j] && personalSubjects.Has(w[k+1])) {
			return k // "have you did you", "did she did you"
		}
	}
	return i
}

// finiteAux are the auxiliaries that cannot follow an auxiliary and its
// subject as their verb ("do you have", "would have been", "have you
// had" are not restarts).
var finiteAux = english.SetOf("is", "are", "was", "were", "am", "does", "did", "has", "can", "could", "will", "would", "should", "shall")

// restartAt returns the index of a question opening that restarts the one
// at w[i] after a dash or comma within two words, or i: an opening of two
// words is abandoned, one of three may be a question of its own ("how was
// Boulder, did you...").
func restartAt(w []string, i int, m turns.Marks) int {
	if len(m) == 0 || !m.Comma(i+1) && !m.Comma(i+2) || !questionOpening(w[i]) {
		return i
	}
	for k := i + 1; k <= i+2 && k < len(w)-1; k++ {
		if m.Comma(k) {
			if questionOpening(w[k]) {
				return k
			}
			if english.Conjunctions.Has(w[k]) || english.PersonalPronouns.Has(w[k]) && !english.Auxiliaries.Has(w[k-1]) {
				// "can you - but you can add...", "so did - we all
				// said...": the question is dropped for a statement.
				return k
			}
			return i
		}
	}
	return i
}

func questionOpening(x string) bool {
	return english.Auxiliaries.Has(x) || english.WhWords.Has(x) || english.WhContractions.Has(x)
}

// phrasePrefix returns the index after the longest of phrases that w[i:]
// starts with, or i.
func phrasePrefix(w []string, i int, phrases english.Phrases) int {
	best := i
	if i >= len(w) {
		return best
	}
	for _, p := range phrases[w[i]] {
		if len(w)-i >= len(p) && i+len(p) > best && slices.Equal(w[i:i+len(p)], p) {
			best = i + len(p)
		}
	}
	return best
}

// skipInterjections skips "oh", "wow", "um"... at w[i:].
func skipInterjections(w []string, i int) int {
	for i < len(w) && interjections.Has(w[i]) {
		i++
	}
	return i
}

// subjectAt reports whether w[i] can be the subject of an inverted
// auxiliary: a pronoun or a determiner, or a capitalised name.
func subjectAt(w []string, i int, m turns.Marks) bool {
	if i >= len(w) {
		return false
	}
	x := w[i]
	return personalSubjects.Has(x) || english.Subjects.Has(x) || determiners.Has(x) || m.Capped(i) && !m.Comma(i)
}

// finiteAfterSubject reports whether the word after the subject at w[i] is
// a finite verb, which makes the subject start a new clause ("the problem
// is it doesn't...", "is there are"): no inversion.
func finiteAfterSubject(w []string, i int) bool {
	return i+1 < len(w) && english.FiniteVerbs.Has(w[i+1])
}

func safe(w []string, i int) string {
	if i < 0 || i >= len(w) {
		return ""
	}
	return w[i]
}

var (
	// prefixWords are skipped at the start of a sentence before looking for
	// a question: fillers, discourse markers, response tokens.
	prefixWords = english.SetOf("uh", "um", "er", "erm", "ah", "oh", "eh", "hm", "hmm", "mm", "mhm", "uh-huh", "mm-hmm", "um-hmm",
		"well", "so", "and", "but", "or", "okay", "ok", "okey", "alright", "right", "yeah", "yes", "yep", "yup", "ya",
		"no", "nope", "now", "then", "also", "like", "anyway", "anyways", "actually", "just", "hey", "listen", "look",
		"wow", "gosh", "gee", "sure", "great", "cool", "perfect", "good", "fine", "awesome", "thanks", "sorry", "plus",
		"besides", "otherwise", "finally", "first", "firstly", "second", "secondly", "lastly", "again", "basically",
		"honestly", "quickly", "real", "quick", "please", "maybe", "obviously", "oh", "ooh", "okay", "interesting",
		"gotcha", "hi", "hello", "folks", "guys", "exactly", "true", "totally", "absolutely", "definitely", "nice")
	// prefixPhrases are skipped like prefixWords: discourse markers and
	// lead-ins to a question ("let me ask you", "my question is").
	prefixPhrases = english.SplitAll("you know", "i mean", "you see", "i guess", "all right", "by the way", "and then", "so then",
		"thank you", "got it", "i see", "of course", "makes sense", "that makes sense", "in that case", "out of curiosity",
		"first of all", "in other words", "that's great", "that's fair", "that's good", "fair enough", "sounds good",
		"let me ask you", "let me ask you this", "let me ask", "can i ask you", "may i ask you", "my question is",
		"the question is", "quick question", "one question", "another question", "next question", "my next question is",
		"i guess my question is", "i have a question", "i wanted to ask you", "i wanted to ask", "i was going to ask you",
		"i was gonna ask you", "i was gonna ask", "just to clarify", "just so i understand", "just so i know", "for example",
		"last question", "one more question", "if so", "if not", "to start", "to start with", "to begin", "to begin with", "for starters", "first off", "one last question", "real quick", "if i may", "on that note", "speaking of which")
	interjections = english.SetOf("oh", "ah", "ooh", "wow", "gee", "gosh", "um", "uh", "er", "hm", "hmm", "well", "huh", "whoa", "jeez", "man", "boy")

	echoAux = english.SetOf("do", "does", "did", "is", "are", "was", "were", "am", "have", "has", "had", "don't", "didn't", "isn't", "aren't", "wasn't", "weren't")
	// personalSubjects are the pronouns that make an auxiliary before them
	// an inversion beyond doubt.
	personalSubjects = english.SetOf("i", "you", "we", "they", "he", "she", "it", "y'all", "ya", "u", "there")
	doSubjects       = english.SetOf("i", "you", "we", "they", "y'all", "ya", "u", "people", "folks", "any", "anyone", "anybody", "most", "many", "guys", "kids", "customers", "both")
	determiners      = english.SetOf("the", "your", "our", "their", "his", "her", "my", "its", "any", "some", "a", "an", "these", "those", "this", "that", "each", "every", "all", "both", "either", "everyone", "everybody", "everything", "anyone", "anybody", "anything", "someone", "somebody", "something", "people", "one")
	// beSubjects after a form of "be" opening a sentence make a question
	// even before a period: "Was it good.", "Is that your team."
	beSubjects = english.SetOf("it", "that", "this", "there", "he", "she", "they", "you", "we")
	// exclaimed are adjectives that "how" exclaims, not asks about: "how
	// funny", "how nice".
	exclaimed = english.SetOf("funny", "wonderful", "interesting", "awful", "nice", "neat", "cool", "sad", "terrible", "weird",
		"strange", "lovely", "fun", "exciting", "cute", "sweet", "great", "horrible", "amazing", "fascinating", "crazy", "scary",
		"ironic", "odd", "rude", "typical", "convenient", "wild", "awesome", "fantastic", "beautiful", "embarrassing", "annoying")
	// piedPiping are prepositions a question word takes with it to the
	// front: "in what way", "for how long".
	piedPiping = english.SetOf("in", "at", "on", "for", "from", "with", "by", "to", "about", "of", "since", "until", "after", "before")
	// softeners may stand between "can you" and what it asks ("can you just
	// talk about", "could you please describe").
	softeners = english.SetOf("just", "please", "maybe", "briefly", "quickly", "also", "kind", "of", "sort", "perhaps", "possibly", "mind", "again", "now", "then", "first", "real", "quick", "like", "actually", "not")
	// tagWords end a tag question after a clause, with "?".
	tagWords = english.SetOf("right", "correct", "yeah", "yes", "huh", "eh", "no", "okay", "ok", "yep", "innit", "see")
	// notTagBeforeRight: "right" or "correct" after these is part of the
	// statement ("that's right", "all right", "do it right", "turn right").
	notTagBeforeRight = english.SetOf("that's", "that", "is", "was", "are", "were", "be", "been", "being", "am", "i'm", "you're", "he's", "she's", "it's", "we're", "they're",
		"all", "alright", "exactly", "absolutely", "quite", "just", "perfectly", "totally", "completely", "very", "so", "too", "dead", "pretty", "not", "isn't", "wasn't",
		"yeah", "oh", "okay", "ok", "uh", "um", "right", "the", "a", "your", "my", "our", "their", "his", "her", "its", "to", "on", "turn", "turned", "turning", "go",
		"went", "bear", "keep", "stay", "move", "left", "it", "them", "him", "me", "this", "those", "these", "things", "thing", "something", "everything", "anything",
		"done", "do", "did", "does", "doing", "get", "got", "getting", "gets", "make", "made", "feel", "feels", "felt", "seem", "seems", "seemed", "look", "looks", "looked",
		"sound", "sounds", "sounded", "know", "mean", "yes", "well", "and", "but", "or", "of", "in", "at", "out", "over", "up", "down", "back", "off", "come", "came",
		"politically", "mhm", "mm-hmm", "uh-huh", "huh", "hey", "no", "is", "definitely", "probably", "might", "may", "could", "would", "should", "will", "can",
		"you") // "if I understand you correct"
	// ellipticalOpeners open a yes/no question with the auxiliary and subject
	// left out: "Any questions?", "Got a minute?", "Still with me?"
	ellipticalOpeners = english.SetOf("any", "anything", "anyone", "anybody", "anywhere", "everything", "everyone", "everybody",
		"got", "gotta", "want", "wanna", "need", "ready", "ever", "heard", "seen", "been", "still", "care", "mind", "sound",
		"make", "feel", "remember", "free", "available", "done", "finished", "happy", "comfortable", "interested", "busy")
	// notAfterTell: "tell me" followed by these is not a request to
	// elaborate.
	notAfterTell = english.SetOf("you", "them", "him", "her", "if", "when", "whenever", "once", "so", "that", "to")
	// unpunctuatedElliptical open an elliptical question clearly enough to
	// be read without a "?".
	unpunctuatedElliptical = english.SetOf("any questions", "any thoughts", "any update", "any updates", "anything else", "any other",
		"any concerns", "any idea", "any luck", "any plans", "any chance", "any feedback", "any objections")
	ellipticalPairs = english.SetOf("you got", "you want", "you wanna", "you need", "you ready", "you there", "you still", "you ever",
		"you okay", "you all", "that okay", "that work", "that works", "sound good", "sounds good", "make sense", "makes sense")
	// functionWords do not count when deciding whether a fragment echoes.
	functionWords = english.SetOf("a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "just", "only", "like", "about",
		"all", "so", "really", "that", "this", "those", "these", "some", "any", "is", "are", "was", "were", "it", "be", "not", "no",
		"very", "too", "yeah", "oh", "what", "with", "from", "by", "as", "do", "did", "does", "have", "has", "had", "um", "uh")
)
