// Package refusals scores what the seller does with the customer's "no":
// respect it, or push on ("37 no's to get a yes").
//
// Its one value, Analyzer, declares the metrics, tags, findings and phrase
// lists; its Doc is the definition the README shows.
package refusals

import (
	"fmt"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/internal/turns"
	"github.com/lastmile/lastmile/analyze/passes/internal/lex"
	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Analyzer finds the customer's refusals and the seller's answer to each.
var Analyzer = &analyze.Analyzer{
	Name: "refusals",
	Doc: `Customer "no": whether the seller respects the customer's no or pushes on after it.

Words are read as the negotiation analyzer reads them (ASR spellings written
out, fillers and restarts dropped). A customer sentence is tagged
"customer-no" when it declines or brushes off: a phrase of customer_no ("not
interested", "we're all set", "we just signed with", "not a good time", "just
send me an email", "I'll pass", "it's a no") or of stop_contact ("take me off
your list", "don't call again"), or a bare "No." / "Nope." answering a seller
sentence with a phrase of seller_offers ("would you be open to", "can I
send"), or a sentence opening with a phrase of soft_declines ("I don't think so",
"probably not") answering such a sentence, or one that ends "we're happy". Not a
no: a phrase of not_refusals first ("no problem", "all set
for", "not sure"), a need stated beside it (stated_needs: "not interested in
the extras, I just want the routing"), a "no" to a factual question, a correction or a
preference: those hold no phrase of customer_no.

The seller's next turn after a customer turn with a customer-no is the
reply; turns of only a backchannel ("Mm-hmm.", "Okay.") in between, from
either side, are passed over. A sentence of the reply pushes ("push-after-no") when it holds a
phrase of push_cues ("just two minutes", "hear me out", "call you back",
"who else", "what if"), when it goes on after "but" with anything but a
phrase of respect_cues ("I get it, but..."), when it asks a question
without a phrase of opt_outs in its turn ("or would you rather I didn't?"), any ask at
all after stop_contact, and when it is a statement with no phrase of
respect_cues that is more than an acknowledgement (no_acknowledgements:
"okay", "I understand"): re-pitching and arguing. When no sentence of the
reply pushes, its sentences with a phrase of respect_cues ("understood,
I'll take you off the list", "thanks for your time", "good luck with the
rollout", "I won't chase you") or a question with an opt-out are tagged
"respected-no"; bare acknowledgements carry nothing.

pushes_after_no counts replies that push, and respected_no_share is the share
of replies that respect the no (a reply of only "Okay." does neither). Each
push is a finding (after a request to stop contact, the worst case, says so);
each respected no is one too. n/a with one speaker, when no seller is
identified, and when the customer never says no (or the seller never
replies to one).`,
	Metrics: []*analyze.MetricDef{{
		Name:   "pushes_after_no",
		Column: "Pushes after no",
		Title:  "Pushes after a no",
		Unit:   analyze.UnitCount,
		Doc:    "the seller's replies that push on after the customer said no",
		Target: &analyze.Target{Weight: 2, Good: analyze.Range{Min: 0, Max: 0}, Fair: analyze.Range{Min: 0, Max: 0},
			Why: `the broken closing process of "37 No's to get a yes": every push after a no, worst after "take me off your list", spends the relationship for a meeting that will not close (a lastmile default)`},
	}, {
		Name:  "respected_no_share",
		Title: "Respected no",
		Unit:  analyze.UnitPercent,
		Doc:   "the share of the customer's no's the seller accepts, thanking and exiting or asking leave for a clearly optional step",
		Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 100, Max: 100}, Fair: analyze.Range{Min: 50, Max: 100},
			Why: `a no accepted gracefully keeps the door open for the next call; one not acknowledged at all is a missed courtesy (a lastmile default)`},
	}},
	Phrases: []*phrase.List{{
		Name: "customer_no",
		Doc:  `What a customer says to decline the offer, a meeting or a call, or to brush the seller off.`,
		Default: []string{
			"not interested", "no interest", "we're all set", "were all set", "i'm all set", "we're good thanks", "were good thanks",
			"we're good for now", "we're good thank you", "nah we're good", "happy with what we have", "happy with our current",
			"we're happy with", "not looking", "we're not looking", "just signed", "decided to go with", "we went with",
			"going with another", "not a good time", "bad time", "not right now", "maybe next year", "not this year",
			"just send me", "just send it", "just email", "just put it in", "just shoot me", "pass on this", "i'll pass",
			"we'll pass", "going to pass", "have to pass", "gonna pass", "no thanks", "no thank you", "do all that in-house",
			"do it in-house", "do that in-house", "handle it in-house", "keep it in-house", "not buying",
			"not switching", "not going to switch", "not going to move", "not moving forward", "it's a no", "a no from",
			"a no for", "not a fit", "not for us", "rather not", "don't want a demo", "don't want a call", "don't want another",
			"don't want to meet", "don't want to switch", "don't want to change", "don't want any more", "don't want the demo",
			"don't have time", "no time for this", "not going to sign", "not going to buy", "not going to proceed", "not signing",
			"don't take sales calls", "don't take cold calls", "don't have budget", "no budget", "don't have the budget",
			"not in the market", "we're covered", "not at this time", "not the right time", "we'll stick with", "stick with what",
			"not going ahead", "gone with", "already signed", "signed with", "went with", "chosen another", "picked another",
			"already have someone", "already use someone", "already have a provider", "not a priority", "isn't a priority",
			"not on our radar", "no appetite", "locked into", "locked in until", "under contract", "nothing to talk about",
			"no point", "not ready to look", "not ready to buy", "not ready to commit", "not ready to switch",
			"not ready to move", "not ready to sign", "not ready to change", "not ready to talk", "not in a position to buy",
			"not in a position to commit", "not in a position to sign", "not in a position to spend", "not in a position to move",
			"not something we need", "we don't need it", "we don't need that", "we don't need another", "we don't need one",
			"we don't need anything", "don't need it", "don't need that", "decided not to", "not to go ahead",
			"not going to go ahead", "won't be going ahead", "won't be moving forward", "not moving ahead", "we're slammed", "swamped", "too busy", "flat out", "we're sorted", "all sorted", "we're set", "not for now", "we're happy with them", "we're happy there",
			"we're happy thanks",
		},
	}, {
		Name: "soft_declines",
		Doc:  `Answers that decline only as the answer to a seller's offer (seller_offers): "I don't think so", "probably not".`,
		Default: []string{
			"i don't think so", "don't think so", "not really", "probably not", "i'd say no", "not today", "i'll pass on that",
			"not at the moment", "we're okay", "we're fine", "i'm good", "we're good",
		},
	}, {
		Name: "stop_contact",
		Doc:  `A request for no more contact: after one, any further ask is a push.`,
		Default: []string{
			"take me off", "take us off", "remove me", "remove us", "remove my", "don't call", "do not call", "stop calling",
			"don't contact", "stop contacting", "don't email", "stop emailing", "don't send", "please don't", "unsubscribe",
			"don't want a fifth", "lose my number", "never call",
		},
	}, {
		Name: "not_refusals",
		Doc:  `Phrases that look like a no and are not one: their words are skipped before customer_no is looked for.`,
		Default: []string{
			"no problem", "no worries", "not a problem", "no rush", "all set for", "set for thursday", "not sure", "no-brainer",
			"no doubt", "no wonder", "no need to apologise", "no need to apologize", "don't want to waste your", "don't want to miss",
		},
	}, {
		Name: "stated_needs",
		Doc:  `A need stated beside a no-phrase makes it a preference, not a refusal: "not interested in the extras, I just want the routing".`,
		Default: []string{
			"i just want", "we just want", "i only want", "we only want", "just need", "all i need", "all we need", "all i want",
			"what i want is", "what we need is", "we'd rather have",
		},
	}, {
		Name: "seller_offers",
		Doc:  `A seller's offer or ask that a bare "No." declines (a "no" to a factual question is not a refusal).`,
		Default: []string{
			"would you be open", "are you open", "open to", "can i send", "could i send", "shall i send", "may i send",
			"would you like", "are you interested", "interested in", "can we set up", "could we set up", "can i show",
			"would it make sense", "does it make sense", "worth a", "how about a", "could we", "can we", "quick minute",
			"a minute", "a few minutes", "got a sec", "a second", "a moment",
			"could i show", "do you have a minute", "got a minute", "have a few minutes", "would it be worth", "can i get",
			"want to see", "would it help", "can we book", "shall we", "would you want", "do you want",
		},
	}, {
		Name: "push_cues",
		Doc:  `What a seller says to push on after a no.`,
		Default: []string{
			"just give me", "two minutes", "a minute of", "one minute", "hear me out", "real quick", "trust me", "only take",
			"what if", "why you need", "you need us", "most people", "are you sure", "who else", "out of curiosity",
			"quicker if", "before you go", "call you back", "try you again", "i'll try you", "reach out again", "i'll follow up",
			"change your mind", "at least", "let me just", "let me tell you", "we've added", "what would it take",
			"what would have to change", "have you thought", "have you considered", "the only", "exactly why", "said no at first",
			"fifteen minutes", "five minutes", "ten minutes", "just get", "i promise", "you'd save", "you could save", "save you",
			"how much you", "give you a ring", "give you a call", "ring you", "call you next", "follow up next week",
			"touch base next", "i'll be quick", "super quick", "be quick", "won't take long", "only take a", "calendar", "invite", "a meeting", "a call", "a demo", "set up a", "book a", "schedule a",
		},
	}, {
		Name: "respect_cues",
		Doc:  `What a seller says to accept a no: thanks, an exit, a promise not to chase.`,
		Default: []string{
			"that's fair", "that's completely fair", "that's totally fair", "completely fair", "totally fair", "fair enough",
			"fair", "totally fine", "that's fine", "makes sense", "thanks for your time", "thank you for your time",
			"thanks for letting me know", "thanks for telling me", "thanks for being", "thank you for being", "good luck",
			"best of luck", "take you off", "i've removed", "i'll remove", "i've taken you off", "i won't", "i will not",
			"won't chase", "won't call", "nobody calls", "no one calls", "leave it there", "let you go", "let you get back",
			"i appreciate", "appreciate you", "enjoy the rest", "have a good", "have a great", "you know your business",
			"close it out", "i'll drop", "will do", "timing's wrong", "timing is wrong", "if anything changes",
			"you've got my number", "sorry to bother", "sorry for the interruption", "i respect that", "no problem at all",
			"no worries at all", "i'll send a short", "i'll keep it short", "i'll send you a short", "understood", "clear no",
			"i can do that", "sure thing", "thanks", "thank you", "cheers", "talk soon", "take care", "bye", "goodbye",
			"all the best", "i'll send", "i'll email", "i'll shoot you", "sounds good", "no problem", "no worries",
			"totally understand", "completely understand", "i understand completely", "no pressure", "no hard feelings",
			"make a note", "noted", "update our records", "let you be", "won't bother", "reasonable", "fully understand", "leave you to it",
			"leave it with you", "i'll leave you", "if things change", "i'm here",
		},
	}, {
		Name: "opt_outs",
		Doc:  `What makes a seller's ask after a no clearly optional.`,
		Default: []string{
			"would you rather i didn't", "or would you rather", "rather i didn't", "if it's not useful", "just delete it",
			"no pressure", "feel free to ignore", "totally optional", "no obligation", "or not at all", "if not no worries",
		},
	}, {
		Name: "no_acknowledgements",
		Doc:  `Acknowledgements: a sentence of only these after a no carries no tag.`,
		Default: []string{
			"okay", "sure", "i understand", "i hear you", "i get it", "got it", "totally", "right", "i see", "yeah", "yes", "oh",
			"alright", "well", "no", "hmm", "totally get it", "i totally get it", "of course", "absolutely", "mm", "ah",
		},
	}},
	Tags: []*analyze.TagDef{
		{Name: "customer-no", Title: "customer no", Tone: analyze.ToneNeutral, Doc: "The customer declines or brushes off"},
		{Name: "push-after-no", Title: "push after a no", Tone: analyze.ToneBad, Doc: "The seller pushes on after the customer said no"},
		{Name: "respected-no", Title: "respected no", Tone: analyze.ToneGood, Doc: "The seller accepts the customer's no"},
	},
	Findings: []*analyze.FindingDef{
		{Name: "push-after-no", Title: "Push after a no", Tone: analyze.ToneBad, Doc: "The seller pushes on after the customer said no",
			Mark: &analyze.Mark{Shape: analyze.ShapeFlag, Legend: "Push after a no", Seller: true}},
		{Name: "respected-no", Title: "Respected no", Tone: analyze.ToneGood, Doc: "The seller accepts the customer's no"},
	},
	Run: run,
}

type lists struct {
	no, soft, stop, notNo, needs, offers, push, respect, optOut, acks *phrase.Matcher

	// The lists tried on every customer sentence, as a group: one lookup
	// a word for all of them.
	group *phrase.Group
}

// The bits of the lists in lists.group.
const (
	kNotNo = iota
	kStop
	kNo
	kSoft
	kNeeds
	kBareNo  // a word of bareNo or "thanks"
	kSpecial // lex.Special
)

// bareNoWords is bareNo and "thanks" as a list, for the group.
var bareNoWords = func() *phrase.Matcher {
	words := []string{"thanks"}
	bareNo.Words(func(w string) { words = append(words, w) })
	return phrase.MustCompile("bare no", words)
}()

var bareNo = english.SetOf("no", "nope", "nah", "naw")

func run(pass *analyze.Pass) error {
	t := pass.Transcript
	l := &lists{no: pass.Phrases("customer_no"), soft: pass.Phrases("soft_declines"), stop: pass.Phrases("stop_contact"), notNo: pass.Phrases("not_refusals"), needs: pass.Phrases("stated_needs"),
		offers: pass.Phrases("seller_offers"), push: pass.Phrases("push_cues"), respect: pass.Phrases("respect_cues"),
		optOut: pass.Phrases("opt_outs"), acks: pass.Phrases("no_acknowledgements")}
	l.group = phrase.NewGroup(l.notNo, l.stop, l.no, l.soft, l.needs, bareNoWords, lex.Special)
	var (
		lastSeller           []string // the words of the seller's last sentence
		pendingNo, stopAsked bool
		replies, pushes, ok  int
		words, sellerWords   lex.Reader // lastSeller is in sellerWords
	)
	for ti := range t.Turns {
		turn := &t.Turns[ti]
		if pendingNo && turns.IsBackchannelTurn(pass.Rubric, turn) {
			continue // "Mm-hmm." between the no and the reply splits no turn
		}
		switch turn.Role {
		case transcript.RoleCustomer:
			pendingNo, stopAsked = false, false
			for si := range turn.Sentences {
				w, starts, any := words.Scan(&turn.Sentences[si], l.group, kSpecial)
				no, stop := l.refuses(w, starts, any, lastSeller)
				if no {
					pass.Tag(transcript.Ref{Turn: ti, Sentence: si}, "customer-no")
					pendingNo = true
				}
				stopAsked = stopAsked || stop
			}
		case transcript.RoleRep:
			if pendingNo {
				replies++
				pushed, respected := l.reply(pass, ti, stopAsked)
				switch {
				case pushed >= 0:
					pushes++
					msg := "pushed on after the customer said no"
					if stopAsked {
						msg = "pushed on after the customer asked for no more contact (the worst case)"
					}
					pass.ReportAt(transcript.Ref{Turn: ti, Sentence: pushed}, "push-after-no", msg)
				case respected >= 0:
					ok++
					pass.ReportAt(transcript.Ref{Turn: ti, Sentence: respected}, "respected-no", "accepted the customer's no")
				}
			}
			pendingNo = false
			if n := len(turn.Sentences); n > 0 {
				lastSeller = sellerWords.Words(&turn.Sentences[n-1])
			}
		}
	}
	if reason := turns.NoSeller(t); reason != "" {
		pass.NotApplicable("pushes_after_no", reason)
		pass.NotApplicable("respected_no_share", reason)
		return nil
	}
	if replies == 0 {
		pass.NotApplicable("pushes_after_no", "the customer never said no")
		pass.NotApplicable("respected_no_share", "the customer never said no")
		return nil
	}
	pass.Value("pushes_after_no", float64(pushes), fmt.Sprintf("%d of %d replies to a no pushed on", pushes, replies))
	pass.Value("respected_no_share", 100*float64(ok)/float64(replies), fmt.Sprintf("%d of %d no's respected", ok, replies))
	return nil
}

// refuses reports whether a customer sentence declines, and whether it asks
// for no more contact. The words are scanned with l.group (starts, any);
// prev is the seller's last sentence.
func (l *lists) refuses(words []string, starts []uint64, any uint64, prev []string) (no, stop bool) {
	if any&(1<<kNotNo) != 0 {
		if _, ok := l.group.Find(kNotNo, words, starts); ok {
			return l.refusesSlow(words, prev)
		}
	}
	// No phrase of not_refusals: the words are read as they are.
	if any&(1<<kStop) != 0 {
		if _, ok := l.group.Find(kStop, words, starts); ok {
			return true, true
		}
	}
	if any&(1<<kNo) != 0 {
		for i := 0; i < len(words); {
			x, ok := l.group.FindFrom(kNo, words, starts, i)
			if !ok {
				break
			}
			i = max(x.End, x.Start+1)
			if x.Start > 0 && words[x.Start-1] == "not" {
				continue // "Not just send me an email": more than an email
			}
			if any&(1<<kNeeds) != 0 {
				if _, need := l.group.Find(kNeeds, words, starts); need {
					return false, false
				}
			}
			return true, false
		}
	}
	// A bare "No." to an offer (bareNoWords holds one-word phrases: a
	// word may start one only if it is one).
	all := len(words) > 0
	for i := range words {
		if starts[i]&(1<<kBareNo) == 0 {
			all = false
			break
		}
	}
	soft2 := false
	if any&(1<<kSoft) != 0 {
		soft, ok := l.group.Find(kSoft, words, starts)
		soft2 = ok && soft.Start <= 2
	}
	if all || soft2 {
		if _, ok := l.offers.Find(prev); ok {
			return true, false
		}
	}
	if n := len(words); n >= 2 && words[n-1] == "happy" && (words[n-2] == "we're" || words[n-2] == "i'm") {
		return true, false
	}
	return false, false
}

// refusesSlow is refuses for a sentence with a phrase of not_refusals,
// whose words are blanked first.
func (l *lists) refusesSlow(words, prev []string) (no, stop bool) {
	m := append([]string(nil), words...)
	for _, x := range l.notNo.FindAll(words) {
		for k := x.Start; k < x.End; k++ {
			m[k] = ""
		}
	}
	if _, ok := l.stop.Find(m); ok {
		return true, true
	}
	for _, x := range l.no.FindAll(m) {
		if x.Start > 0 && m[x.Start-1] == "not" {
			continue // "Not just send me an email": more than an email
		}
		if _, need := l.needs.Find(m); need {
			return false, false
		}
		return true, false
	}
	// A bare "No." to an offer; "No." to a factual question is an answer.
	all := len(words) > 0
	for _, w := range words {
		all = all && (bareNo.Has(w) || w == "thanks")
	}
	// "I don't think so": the sentence opens with a soft decline.
	soft, ok := l.soft.Find(m)
	soft2 := ok && soft.Start <= 2
	if all || soft2 {
		if _, ok := l.offers.Find(prev); ok {
			return true, false
		}
	}
	// "We've been with Paylocity for years and we're happy."
	if n := len(m); n >= 2 && m[n-1] == "happy" && (m[n-2] == "we're" || m[n-2] == "i'm") {
		return true, false
	}
	return false, false
}

// reply tags the seller's reply to a no, turn ti, and returns the first
// sentence that pushes and the first that respects (-1 for none).
func (l *lists) reply(pass *analyze.Pass, ti int, stopAsked bool) (pushed, respected int) {
	turn := &pass.Transcript.Turns[ti]
	pushed, respected = -1, -1
	kinds := make([]int, len(turn.Sentences)) // 0 nothing, 1 push, 2 respect
	words := make([][]string, len(turn.Sentences))
	optional := false // an opt-out anywhere in the turn: ASR text may cut "or would you rather I didn't?" from its question
	for si := range turn.Sentences {
		words[si] = lex.WordsOf(&turn.Sentences[si])
		_, ok := l.optOut.Find(words[si])
		optional = optional || ok
	}
	for si := range turn.Sentences {
		kinds[si] = l.classify(&turn.Sentences[si], words[si], stopAsked, optional)
		if kinds[si] == 1 && pushed < 0 {
			pushed = si
		}
	}
	for si, k := range kinds {
		ref := transcript.Ref{Turn: ti, Sentence: si}
		switch {
		case k == 1:
			pass.Tag(ref, "push-after-no")
		case k == 2 && pushed < 0:
			pass.Tag(ref, "respected-no")
			if respected < 0 {
				respected = si
			}
		}
	}
	return pushed, respected
}

// classify reads one sentence of a reply to a no: 1 pushes, 2 respects, 0
// neither.
func (l *lists) classify(s *transcript.Sentence, w []string, stopAsked, optional bool) int {
	if len(w) == 0 || l.acks.Covers(w) {
		return 0
	}
	if _, ok := l.push.Find(w); ok {
		return 1
	}
	_, respects := l.respect.Find(w)
	if i := lex.Index(w, 0, "but"); i >= 0 {
		// "I get it, but..." pushes unless what follows "but" respects.
		rest := w[lexLast(w, "but")+1:]
		if _, ok := l.respect.Find(rest); !ok {
			return 1
		}
	}
	if _, ok := l.optOut.Find(w); ok && !stopAsked {
		return 2
	}
	if lex.IsQuestion(s, w) {
		if optional && !stopAsked {
			return 2
		}
		return 1
	}
	if respects {
		return 2
	}
	return 1
}

// lexLast returns the index of the last w in words.
func lexLast(words []string, w string) int {
	for i := len(words) - 1; i >= 0; i-- {
		if words[i] == w {
			return i
		}
	}
	return -1
}
