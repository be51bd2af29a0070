package questions

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/analyzetest"
	"github.com/lastmile/lastmile/analyze/internal/english"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// sentenceOf makes a Sentence of one sentence's text, as the readers do.
func sentenceOf(text string) *transcript.Sentence {
	return &transcript.Sentence{Text: text, Words: transcript.Words(text), Unpunctuated: !english.EndsTerminal(text)}
}

func TestQuestionKindOf(t *testing.T) {
	tests := []struct {
		text string
		want QuestionKind
	}{
		// Open: wh-questions, punctuated or not.
		{"How is the rollout going?", QuestionOpen},
		{"What's your biggest challenge right now?", QuestionOpen},
		{"How'd you hear about us?", QuestionOpen},
		{"Where'd you go?", QuestionOpen},
		{"Why?", QuestionOpen},
		{"Which one?", QuestionOpen},
		{"So, um, what are you using today?", QuestionOpen},
		{"um so what's your timeline", QuestionOpen},
		{"yeah but how does that work with your current setup", QuestionOpen},
		{"okay and what kind of car do you drive", QuestionOpen},
		{"how many people do you have on the team", QuestionOpen},
		{"how long have you been there", QuestionOpen},
		{"who else would be involved in the decision", QuestionOpen},
		{"what made you decide to look at this now", QuestionOpen},
		{"who handles the billing over there", QuestionOpen},
		{"what kind of bird", QuestionOpen},
		{"why or why not", QuestionOpen},
		{"what about pricing", QuestionOpen},
		{"How about you?", QuestionOpen},
		{"what- what are you using now", QuestionOpen},
		{"Do you- how often do you go?", QuestionOpen},
		{"How much incremental opportunity do you see.", QuestionOpen}, // inverted, mis-punctuated
		// Open: requests to elaborate, as questions or imperatives.
		{"Can you walk me through your process?", QuestionOpen},
		{"could you describe how that works", QuestionOpen},
		{"Tell me about your team.", QuestionOpen},
		{"walk me through a typical day", QuestionOpen},
		{"Would you mind explaining that a bit more?", QuestionOpen},
		{"can you just talk a little bit about the rationale", QuestionOpen},
		{"Help me understand how you measure that.", QuestionOpen},
		{"I'm curious how you handle renewals today.", QuestionOpen},
		// Open: a wh-question embedded after "can I ask", "could you tell me".
		{"Can I ask what your budget is?", QuestionOpen},
		{"May I ask who else is involved?", QuestionOpen},
		{"can i ask how you handle renewals", QuestionOpen},
		{"Could you tell me what your budget is?", QuestionOpen},
		{"Can I ask if you have a budget?", QuestionClosed},

		// Closed: inversion, alternatives, ellipsis.
		{"Do you have budget this quarter?", QuestionClosed},
		{"do you have budget this quarter", QuestionClosed},
		{"okay and do you guys use salesforce", QuestionClosed},
		{"Is it a Ford or a Chevy?", QuestionClosed},
		{"Have you looked at other tools?", QuestionClosed},
		{"can we set up a call next week", QuestionClosed},
		{"are there any other stakeholders", QuestionClosed},
		{"is there a budget for this", QuestionClosed},
		{"Would it make sense to meet Tuesday?", QuestionClosed},
		{"Is Tuesday or Wednesday better?", QuestionClosed},
		{"Morning or afternoon?", QuestionClosed},
		{"Any questions?", QuestionClosed},
		{"Got a minute?", QuestionClosed},
		{"any questions so far", QuestionClosed},
		{"Do you- do you have kids?", QuestionClosed},
		{"How many- do you have a lot of cards?", QuestionClosed},
		{"Joc, can you discuss that?", QuestionClosed},
		{"Does that make sense?", QuestionClosed},
		{"does that make sense", QuestionClosed},
		{"Do you have a budget set aside.", QuestionClosed}, // inverted, mis-punctuated
		{"I was wondering if you have a timeline in mind.", QuestionClosed},
		{"Why don't we set up a call?", QuestionClosed},

		// Tag questions.
		{"You're using Salesforce, right?", QuestionTag},
		{"That's how it always starts, isn't it?", QuestionTag},
		{"You'd agree, don't you think?", QuestionTag},
		{"We'd want to be live by February, correct?", QuestionTag},
		{"It's a different atmosphere, you know?", QuestionTag},
		{"That's crazy, huh?", QuestionTag},
		{"it's a great product isn't it", QuestionTag},
		{"you guys made the playoffs right", QuestionTag},
		{"so we'd be live by february correct", QuestionTag},
		{"you're in Dallas, is that right?", QuestionTag},

		{"Ben, which of the rules is the hardest to get right?", QuestionOpen},
		{"Carmen, from where you sit, what does it cost you today?", QuestionOpen},
		{"is it, is it a terror movie", QuestionClosed},
		{"does California have a,", QuestionClosed},
		{"Uh, there's really a lot, isn't there.", QuestionTag}, // a negative tag asks, period or not

		// Declarative questions.
		{"You're using Salesforce today?", QuestionDeclarative},
		{"So the budget is set?", QuestionDeclarative},
		{"Oh, you're in Texas?", QuestionDeclarative},
		{"And it doesn't smell?", QuestionDeclarative},
		{"Operator?", QuestionDeclarative},

		// Not questions, reported apart.
		{"Really?", QuestionBackchannel},
		{"Oh, really?", QuestionBackchannel},
		{"Right?", QuestionBackchannel},
		{"Oh yeah?", QuestionBackchannel},
		{"Is that right?", QuestionBackchannel},
		{"Huh, is that so?", QuestionBackchannel},
		{"Yeah?", QuestionBackchannel},
		{"Do you?", QuestionBackchannel},
		{"Oh, you did?", QuestionBackchannel},
		{"No kidding?", QuestionBackchannel},
		{"is that right", QuestionBackchannel},
		{"Sorry?", QuestionClarification},
		{"Pardon?", QuestionClarification},
		{"What?", QuestionClarification},
		{"Huh?", QuestionClarification},
		{"Come again?", QuestionClarification},
		{"You mean the API?", QuestionClosed},
		{"You mean?", QuestionClarification},
		{"Sorry, what was that?", QuestionClarification},
		{"The what?", QuestionClarification},
		{"come again", QuestionClarification},
		// Questions about the call itself, not the customer.
		{"Can you hear me?", QuestionClarification},
		{"Can you see my screen?", QuestionClarification},
		{"Can you repeat that?", QuestionClarification},
		{"Sorry, you cut out, can you repeat that?", QuestionClarification},
		{"Okay, can you see my screen now?", QuestionClarification},
		{"can you hear me okay", QuestionClarification},
		{"Are you there?", QuestionClarification},
		{"Can you see the value in that?", QuestionClosed},
		{"Who doesn't want to save money?", QuestionRhetorical},
		{"Why would you not?", QuestionRhetorical},
		{"Well, what are you gonna do?", QuestionRhetorical},
		{"Isn't that something?", QuestionRhetorical},
		{"who wouldn't want a rock band in their garage", QuestionRhetorical},
		{"so what can you do you know", QuestionRhetorical},
		{"Um, where was I?", QuestionRhetorical},
		{"What are you going to do this weekend?", QuestionOpen},

		// Statements.
		{"We use Salesforce.", QuestionNone},
		{"I don't know what you mean.", QuestionNone},
		{"i don't know what you mean", QuestionNone},
		{"that's how we do it", QuestionNone},
		{"what I need is a bigger truck", QuestionNone},
		{"What we do is we call them back.", QuestionNone},
		{"how the brazil business is running", QuestionNone},
		{"when i was a kid we had a dog", QuestionNone},
		{"where i live it's really humid", QuestionNone},
		{"which is fine", QuestionNone},
		{"what happens is most sponsors over-enroll", QuestionNone},
		{"what's important to us is price", QuestionNone},
		{"the team that does the billing", QuestionNone},
		{"that's right", QuestionNone},
		{"you're right", QuestionNone},
		{"turn right at the light", QuestionNone},
		{"i think we did it right this time", QuestionNone},
		{"all right", QuestionNone},
		{"it's just hard you know", QuestionNone},
		{"that's weird huh", QuestionNone},
		{"That's weird, huh.", QuestionNone},
		{"I know, right.", QuestionNone},
		{"Tell me about it.", QuestionNone},
		{"tell me about it", QuestionNone},
		{"Tell me if you need anything.", QuestionNone},
		{"Send me the contract.", QuestionNone},
		{"Let me walk you through it.", QuestionNone},
		{"I wonder how long they live.", QuestionNone},
		{"I do, you know, I really do.", QuestionNone},
		{"i do you know i really do", QuestionNone},
		{"What a day!", QuestionNone},
		{"Can you believe it!", QuestionNone},
		{"have a good one", QuestionNone},
		{"do the dishes first", QuestionNone},
		{"what i do is i just stay inside", QuestionNone},
		{"and have it changed their plans", QuestionNone},
		{"Really.", QuestionNone},
		{"really", QuestionNone},
		{"yeah", QuestionNone},
		{"mm-hmm", QuestionNone},
		{"what", QuestionNone},
		{"also with women in the work force they've gotten more options as far as you know what's it called job sharing", QuestionNone},
		{"it's curious i don't know why don't know if it's", QuestionNone},
		{"what kind of worries me is that clients might have bugs", QuestionNone},
		{"which is the first phase of our dosing paradigm", QuestionNone},
	}
	for _, tt := range tests {
		if got := QuestionKindOf(sentenceOf(tt.text), nil); got != tt.want {
			t.Errorf("QuestionKindOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestQuestionsAnalyzer(t *testing.T) {
	sc := analyzetest.Run(t, Analyzer, "call.txt", `Rep: Hi Dana, thanks for taking the call. How is the rollout going?  // want "question:open"
Customer: Slow, honestly. About ten days behind.
Rep: Ten days?  // want "question:backchannel"
Customer: Yeah, the data migration.
Rep: Do you have budget this quarter?  // want "question:closed"
Customer: We do. Is that a problem?  // want "question:closed"
Rep: Not at all. You're on Salesforce today, right?  // want "question:tag"
Customer: Right.
Rep: So the contract renews in March?  // want "question:declarative"
Customer: Sorry?  // want "question:clarification"
Rep: The contract renews in March?  // want "question:declarative"
Customer: Yes. Who doesn't want to save money?  // want "question:rhetorical"
Rep: Tell me about your team.  // want "question:open"
Customer: Five people. We have two dogs in the office too.
Rep: Oh, do you?  // want "question:backchannel"
Customer: I love them. Do you?  // want "question:closed"
Rep: I don't know what you mean.`, read.ReadOptions{})
	// Seller: open 2 (How is..., Tell me...), closed 1, tag 1,
	// declarative 2 = 6 questions; open share 2/6. The backchannels
	// ("Ten days?" echoes "about ten days", "Oh, do you?"), the
	// clarification and the statements do not count.
	// Customer: "Is that a problem?" and the asked-back "Do you?" = 2.
	tests := []struct {
		metric string
		want   float64
		detail string
	}{
		{"questions", 6, "open 2, closed 1, tag 1, declarative 2"},
		{"open_question_share", 100 * 2.0 / 6, "2 open of 6"},
		{"customer_questions", 2, "open 0, closed 2, tag 0, declarative 0"},
	}
	for _, tt := range tests {
		if got := analyzetest.Value(t, sc, tt.metric); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("%s = %.2f, want %.2f", tt.metric, got, tt.want)
		}
		if m, _ := sc.Metric(tt.metric); m.Detail != tt.detail {
			t.Errorf("%s detail %q, want %q", tt.metric, m.Detail, tt.detail)
		}
	}
	for speaker, want := range map[string]float64{"Rep": 6, "Customer": 2} {
		if m, ok := sc.SpeakerMetric("questions", speaker); !ok || m.Value != want {
			t.Errorf("%s: questions %v (found %v), want %v", speaker, m.Value, ok, want)
		}
	}
}

func TestQuestionsUnpunctuated(t *testing.T) {
	// ASR text: no punctuation, lower case. Each line is one turn; the
	// chunker cuts "great | tell me about..." and "okay | and do you...".
	sc := analyzetest.Run(t, Analyzer, "asr.txt", `Rep: um so what's your timeline for this  // want "question:open"
Customer: probably end of quarter
Rep: okay and do you have budget set aside  // want "question:closed"
Customer: i think so yeah we do
Rep: great tell me about the team that would use it  // want "question:open"
Customer: it's five people you know it's not a big team
Rep: you guys use salesforce today right  // want "question:tag"
Customer: that's right
Rep: i don't know what the timeline is on our side`, read.ReadOptions{})
	if got := analyzetest.Value(t, sc, "questions"); got != 4 {
		t.Errorf("questions = %v, want 4", got)
	}
}

func TestQuestionsLongSentence(t *testing.T) {
	// 49 words ending in "?": the chunker cuts it, and its pieces are one
	// question, tagged on the line once.
	analyzetest.Run(t, Analyzer, "long.txt", `Rep: So when you think about the rollout across all of the regional offices and the three product lines and the partner channel that you mentioned last week and the timeline that your board has set for the end of the fiscal year and the hiring plan, how are you going to sequence it?  // want "question:open"
Customer: Carefully.
Rep: And when you think about the rollout across all of the regional offices and the three product lines and the partner channel that you mentioned last week and the timeline that your board has set, do you think there is a risk in that.`, read.ReadOptions{})
}

func TestQuestionsNotApplicable(t *testing.T) {
	tests := []struct {
		name, src string
		na        map[string]string // metric -> n/a reason substring
		values    map[string]float64
	}{
		{
			name:   "one speaker, no role",
			src:    "Dana: How are you? What do you need?",
			na:     map[string]string{"questions": "only one speaker", "open_question_share": "only one speaker", "customer_questions": "only one speaker"},
			values: map[string]float64{},
		},
		{
			// Questions are asked of someone: a lone speaker is no
			// conversation, even one labelled a seller.
			name:   "a labelled rep alone",
			src:    "Rep: How are you? What do you need?",
			na:     map[string]string{"questions": "only one speaker", "open_question_share": "only one speaker", "customer_questions": "only one speaker"},
			values: map[string]float64{},
		},
		{
			name:   "the seller asked nothing",
			src:    "Rep: We make accounting software.\nCustomer: What does it cost?",
			na:     map[string]string{"open_question_share": "seller asked no questions"},
			values: map[string]float64{"questions": 0, "customer_questions": 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := read.Parse("call.txt", []byte(tt.src), read.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			sc, err := analyze.Run(tr, analyzetest.Rubric(Analyzer), []*analyze.Analyzer{Analyzer})
			if err != nil {
				t.Fatal(err)
			}
			for metric, reason := range tt.na {
				if na := analyzetest.NA(t, sc, metric); !strings.Contains(na, reason) {
					t.Errorf("%s: n/a reason %q, want it to mention %q", metric, na, reason)
				}
			}
			for metric, want := range tt.values {
				if got := analyzetest.Value(t, sc, metric); got != want {
					t.Errorf("%s = %v, want %v", metric, got, want)
				}
			}
		})
	}
}

func TestQuestionKindsMatchesAnalyzer(t *testing.T) {
	tr, err := read.Parse("call.txt", []byte("Customer: About ten days.\nRep: Ten days? And do you have budget?"), read.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := QuestionKinds(tr, nil)
	want := [][]QuestionKind{{QuestionNone}, {QuestionBackchannel, QuestionClosed}}
	if fmt.Sprint(kinds) != fmt.Sprint(want) {
		t.Errorf("QuestionKinds = %v, want %v", kinds, want)
	}
	// Out of context, the echo is a declarative question.
	if k := QuestionKindOf(&tr.Turns[1].Sentences[0], nil); k != QuestionDeclarative {
		t.Errorf("QuestionKindOf(%q) = %q, want declarative", tr.Turns[1].Sentences[0].Text, k)
	}
}

func ExampleQuestionKindOf() {
	for _, text := range []string{
		"Can you walk me through your process?",
		"so you're on salesforce today right",
		"Is that right?",
		"I don't know what you mean.",
	} {
		s := &transcript.Sentence{Text: text, Words: transcript.Words(text), Unpunctuated: !strings.HasSuffix(text, "?") && !strings.HasSuffix(text, ".")}
		k := QuestionKindOf(s, nil)
		fmt.Printf("%-40q %-12q counted: %v\n", text, k, k.Real())
	}
	// Output:
	// "Can you walk me through your process?"  "open"       counted: true
	// "so you're on salesforce today right"    "tag"        counted: true
	// "Is that right?"                         "backchannel" counted: false
	// "I don't know what you mean."            ""           counted: false
}

// FuzzQuestionKindOf checks that no text makes the classifier or the
// chunker panic, and that the kind is one of the kinds.
func FuzzQuestionKindOf(f *testing.F) {
	for _, s := range []string{"Do you- do you have kids?", "what", "is it, is it", "right", "", "?", "a- b- c-",
		"how uh might the", "which", "tell me about it", "i was wondering if", "So, um, what are you using today?",
		"isn't it", "what's it called job", "and um what is", "You mean the API?", "Is that right?",
		"do you - are you", "have you did you", "it's not it is it", "where you at", "you mean", "so did i", "was it",
		"what's his", "how about", "is that the", "in what", "x or not", "did she did", "the st-", "a- - b"} {
		f.Add(s)
	}
	valid := map[QuestionKind]bool{QuestionNone: true, QuestionOpen: true, QuestionClosed: true, QuestionTag: true,
		QuestionDeclarative: true, QuestionBackchannel: true, QuestionClarification: true, QuestionRhetorical: true}
	f.Fuzz(func(t *testing.T, text string) {
		sents, _ := read.Segment(text)
		for i := range sents {
			if k := QuestionKindOf(&sents[i], nil); !valid[k] {
				t.Fatalf("%q: kind %q", sents[i].Text, k)
			}
		}
		if k := QuestionKindOf(sentenceOf(text), nil); !valid[k] {
			t.Fatalf("%q: kind %q", text, k)
		}
	})
}

// BenchmarkQuestionKinds classifies every sentence of the phone set, as
// written and without punctuation.
func BenchmarkQuestionKinds(b *testing.B) {
	data, err := os.ReadFile("testdata/phone.txt")
	if err != nil {
		b.Fatal(err)
	}
	var lines, stripped []string
	words := 0
	for _, l := range strings.Split(string(data), "\n") {
		if _, rest, ok := strings.Cut(l, " "); ok && !strings.HasPrefix(l, "#") {
			rest = strings.TrimSpace(rest)
			name, text, _ := strings.Cut(rest, ": ")
			lines = append(lines, rest)
			stripped = append(stripped, name+": "+toolStrip(text))
			words += transcript.CountWords(text)
		}
	}
	var trs []*transcript.Transcript
	for _, src := range [][]string{lines, stripped} {
		tr, err := read.Parse("phone.txt", []byte(strings.Join(src, "\n")), read.ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		trs = append(trs, tr)
	}
	r := analyzetest.Rubric(Analyzer)
	b.ResetTimer()
	for range b.N {
		for _, tr := range trs {
			QuestionKinds(tr, r)
		}
	}
	b.ReportMetric(float64(2*words*b.N)/b.Elapsed().Seconds(), "words/s")
}
