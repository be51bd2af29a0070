package render

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/passes/fillers"
	"github.com/lastmile/lastmile/analyze/passes/focus"
	"github.com/lastmile/lastmile/analyze/passes/interruptions"
	"github.com/lastmile/lastmile/analyze/passes/monologue"
	"github.com/lastmile/lastmile/analyze/passes/nextstep"
	"github.com/lastmile/lastmile/analyze/passes/openers"
	"github.com/lastmile/lastmile/analyze/passes/questions"
	"github.com/lastmile/lastmile/analyze/passes/talk"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Fixtures for the HTML report tests. The report must depend only on the
// scorecard's data types, not on which analyzers exist, so the tests score
// calls with the real talk-ratio analyzer plus coachStub: a crude stand-in
// that tags and reports what the real analyzers will (question kinds,
// focus, opener, interruptions, monologues, next steps, fillers) with
// simple rules good enough for hand-written sample calls.

var coachStub = declaring(&analyze.Analyzer{
	Name: "coach-stub",
	Doc:  "Test stand-in for the coaching analyzers.",
	Metrics: []*analyze.MetricDef{
		{Name: "questions", Title: "Questions asked", Unit: analyze.UnitCount, Doc: "questions the seller asked",
			Target: &analyze.Target{Weight: 2, Good: analyze.Range{Min: 11, Max: 24}, Fair: analyze.Range{Min: 6, Max: 30}, Why: "test rubric"}},
		{Name: "open_questions", Title: "Open questions", Unit: analyze.UnitPercent, Doc: "share of the seller's questions that are open",
			Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 50, Max: 100}, Fair: analyze.Range{Min: 30, Max: 100}, Why: "test rubric"}},
		{Name: "customer_focus", Title: "Customer focus", Unit: analyze.UnitPercent, Doc: "seller sentences about the customer",
			Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 60, Max: 100}, Fair: analyze.Range{Min: 40, Max: 100}, Why: "test rubric"}},
		{Name: "longest_monologue", Title: "Longest monologue", Unit: analyze.UnitSeconds, Doc: "the seller's longest turn", Twin: "longest_monologue_words",
			Target: &analyze.Target{Weight: 2, Good: analyze.Range{Min: math.Inf(-1), Max: 76}, Fair: analyze.Range{Min: math.Inf(-1), Max: 150}, Why: "test rubric"}},
		{Name: "longest_monologue_words", Title: "Longest monologue", Unit: analyze.UnitWords, Doc: "the seller's longest turn, in words", Twin: "longest_monologue",
			Target: &analyze.Target{Weight: 2, Good: analyze.Range{Min: math.Inf(-1), Max: 190}, Fair: analyze.Range{Min: math.Inf(-1), Max: 375}, Why: "test rubric"}},
		{Name: "interruptions", Title: "Interruptions", Unit: analyze.UnitCount, Doc: "times the seller cut the customer off",
			Target: &analyze.Target{Weight: 1, Good: analyze.Range{Min: 0, Max: 0}, Fair: analyze.Range{Min: 0, Max: 2}, Why: "test rubric"}},
		{Name: "next_step", Title: "Next step", Unit: analyze.UnitGrade, Doc: "a concrete next step was agreed",
			Target: &analyze.Target{Weight: 2, Good: analyze.Range{Min: 1, Max: 1}, Fair: analyze.Range{Min: 1, Max: 1}, Why: "test rubric"}},
		{Name: "fillers", Title: "Filler words", Unit: analyze.UnitPer100, Doc: "filler words per 100 words"},
	},
	Run: runCoachStub,
})

// declaring gives the stub the tags and findings of the analyzers it
// stands in for, so that the report shows them as it shows theirs.
func declaring(a *analyze.Analyzer) *analyze.Analyzer {
	for _, real := range []*analyze.Analyzer{questions.Analyzer, focus.Analyzer, openers.Analyzer, interruptions.Analyzer,
		monologue.Analyzer, nextstep.Analyzer, fillers.Analyzer} {
		a.Tags = append(a.Tags, real.Tags...)
		a.Findings = append(a.Findings, real.Findings...)
	}
	return a
}

var (
	stubAnalyzers = []*analyze.Analyzer{talk.Analyzer, coachStub}
	stubRubric    = analyze.NewRubric(stubAnalyzers, suite.Shared)
)

func runCoachStub(pass *analyze.Pass) error {
	t := pass.Transcript
	has := func(words []string, any ...string) bool {
		for _, w := range words {
			if slices.Contains(any, w) {
				return true
			}
		}
		return false
	}
	var questions, open, about, focused, interruptions, fillers, words int
	longest, longestTurn := 0.0, -1
	longestCustomer, storyTurn := 0, -1
	firstSeller := true
	var nextSteps []transcript.Ref
	for ti := range t.Turns {
		turn := &t.Turns[ti]
		seller := turn.Role == transcript.RoleRep
		words += turn.Words()
		if ti > 0 && seller && t.Turns[ti-1].Role != transcript.RoleRep && strings.HasSuffix(t.Turns[ti-1].Text, "—") {
			prev := &t.Turns[ti-1]
			pass.Tag(transcript.Ref{Turn: ti, Sentence: 0}, "interrupts")
			pass.Tag(transcript.Ref{Turn: ti - 1, Sentence: len(prev.Sentences) - 1}, "interrupted")
			pass.ReportAt(transcript.Ref{Turn: ti, Sentence: 0}, "interruption", fmt.Sprintf("%s cut off %s", turn.Speaker, prev.Speaker))
			interruptions++
		}
		length := float64(turn.Words())
		if t.Timed() {
			length = (turn.End - turn.Start).Seconds()
		}
		long := t.Timed() && length >= 60 || !t.Timed() && length >= 150
		if seller && length > longest {
			longest, longestTurn = length, ti
		}
		if !seller && turn.Words() > longestCustomer && turn.Words() >= 60 {
			longestCustomer, storyTurn = turn.Words(), ti
		}
		for si := range turn.Sentences {
			s := &turn.Sentences[si]
			ref := transcript.Ref{Turn: ti, Sentence: si}
			w := s.Words
			if strings.HasSuffix(s.Text, "?") {
				kind := "closed"
				switch {
				case len(w) <= 2:
					kind = "backchannel"
				case has(w[:1], "what", "how", "why", "walk", "tell", "describe", "who", "which"):
					kind = "open"
				case strings.HasSuffix(s.Text, ", right?"):
					kind = "tag"
				}
				pass.Tag(ref, "question:"+kind)
				if seller && kind != "backchannel" {
					questions++
					if kind == "open" {
						open++
					}
				}
			}
			if seller {
				you, self := 0, 0
				for _, x := range w {
					switch x {
					case "you", "your", "you're", "you'd", "yours":
						you++
					case "i", "we", "our", "us", "we're", "we've", "i'll", "i'd", "i've", "my", "me":
						self++
					}
				}
				switch {
				case you > self:
					pass.Tag(ref, "customer-centred")
					about++
					focused++
				case self > you:
					pass.Tag(ref, "self-centred")
					about++
				case you > 0:
					pass.Tag(ref, "mixed")
					about++
				}
				if firstSeller && si == 0 {
					kind := "pitch"
					switch {
					case has(w, "sorry"):
						kind = "apology"
					case has(w, "minute", "moment", "bad"):
						kind = "permission"
					case has(w, "thanks", "hi", "hello", "morning"):
						kind = "pleasantry"
					}
					pass.Tag(ref, "opener:"+kind)
					pass.ReportAt(ref, "opener", fmt.Sprintf("%s opener %q", kind, strings.Join(w[:min(len(w), 4)], " ")))
				}
				if ti*3 >= len(t.Turns)*2 && has(w, "invite", "thursday", "monday", "follow", "book", "send") {
					if has(w, "monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow") {
						pass.Tag(ref, "next-step:dated")
					} else {
						pass.Tag(ref, "next-step")
					}
					nextSteps = append(nextSteps, ref)
				}
			}
			for _, x := range w {
				if x == "um" || x == "uh" {
					pass.Tag(ref, "filler")
					fillers++
				}
			}
			if long {
				pass.Tag(ref, "monologue")
			}
		}
		if seller {
			firstSeller = false
		}
	}
	if len(nextSteps) > 0 {
		last := nextSteps[len(nextSteps)-1]
		pass.ReportAt(last, "next-step", "next step agreed, with a date")
		pass.Value("next_step", 1, "")
	} else {
		pass.ReportAt(transcript.Ref{Turn: -1, Sentence: -1}, "no-next-step", "no concrete next step in the last third of the call")
		pass.Value("next_step", 0, "")
	}
	if storyTurn >= 0 {
		pass.ReportAt(transcript.Ref{Turn: storyTurn, Sentence: -1}, "customer-story", fmt.Sprintf("%s told a story (%d words)", t.Turns[storyTurn].Speaker, longestCustomer))
	}
	if len(t.Sellers()) == 0 {
		for _, name := range []string{"questions", "open_questions", "customer_focus", "longest_monologue", "longest_monologue_words", "interruptions"} {
			pass.NotApplicable(name, "no seller identified (use --rep NAME)")
		}
	} else {
		pass.Value("questions", float64(questions), fmt.Sprintf("open %d, other %d", open, questions-open))
		if questions > 0 {
			pass.Value("open_questions", 100*float64(open)/float64(questions), fmt.Sprintf("%d of %d", open, questions))
		} else {
			pass.NotApplicable("open_questions", "no questions")
		}
		if about > 0 {
			pass.Value("customer_focus", 100*float64(focused)/float64(about), fmt.Sprintf("%d of %d sentences", focused, about))
		} else {
			pass.NotApplicable("customer_focus", "no sentences about either side")
		}
		if longestTurn >= 0 {
			pass.ReportAt(transcript.Ref{Turn: longestTurn, Sentence: -1}, "monologue", "longest monologue")
		}
		if t.Timed() {
			pass.Value("longest_monologue", longest, "")
			pass.NotApplicable("longest_monologue_words", "timed: see longest_monologue")
		} else {
			pass.Value("longest_monologue_words", longest, "")
			pass.NotApplicable("longest_monologue", "untimed transcript")
		}
		pass.Value("interruptions", float64(interruptions), "")
	}
	if words > 0 {
		pass.Value("fillers", 100*float64(fillers)/float64(words), fmt.Sprintf("%d fillers", fillers))
	} else {
		pass.NotApplicable("fillers", "no words")
	}
	return nil
}

// scoreFile reads a sample call from testdata/html and scores it with the
// stub analyzers.
func scoreFile(t testing.TB, name string, reps ...string) (*analyze.Scorecard, []analyze.Annotation) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return scoreText(t, name, data, reps...)
}

func scoreText(t testing.TB, name string, data []byte, reps ...string) (*analyze.Scorecard, []analyze.Annotation) {
	t.Helper()
	tr, err := read.Parse(name, data, read.ReadOptions{Reps: reps})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := analyze.Run(tr, stubRubric, stubAnalyzers)
	if err != nil {
		t.Fatal(err)
	}
	return sc, analyze.Annotate(sc)
}

// syntheticCall builds a long call by hand: n turns over about dur, seller
// and customer alternating (with runs of short customer replies), 1 to 5
// sentences a turn, seller questions, interruptions, a monologue, an opener
// and a next step. The same arguments give the same call.
func syntheticCall(n int, dur time.Duration) *analyze.Scorecard {
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	words := strings.Fields("so what we found is that the team spends most of its time on scheduling and follow up calls which is where the real cost sits for a business like yours today and tomorrow")
	t := &transcript.Transcript{
		Name: "synthetic-800.vtt", Format: read.WebVTT.Name, Timing: transcript.TimingFull,
		Speakers: []transcript.Speaker{
			{Name: "Riley Seller", Role: transcript.RoleRep, RoleFrom: transcript.RoleFromFlag},
			{Name: "Casey Buyer", Role: transcript.RoleCustomer, RoleFrom: transcript.RoleFromGuess},
			{Name: "Speaker 3", Role: transcript.RoleUnknown},
		},
	}
	sc := &analyze.Scorecard{Transcript: t, Rubric: stubRubric}
	// Turn lengths: mostly short exchanges, some long, scaled to dur.
	lengths := make([]float64, n)
	total := 0.0
	for i := range lengths {
		lengths[i] = 1 + rng.ExpFloat64()*4
		if rng.IntN(25) == 0 {
			lengths[i] += 20 + rng.Float64()*40
		}
		total += lengths[i]
	}
	scale := dur.Seconds() / total
	at := 5 * time.Second
	line := 1
	for i := range n {
		role, speaker := transcript.RoleRep, "Riley Seller"
		switch {
		case i%2 == 1:
			role, speaker = transcript.RoleCustomer, "Casey Buyer"
		case i%97 == 50:
			role, speaker = transcript.RoleUnknown, "Speaker 3"
		}
		d := time.Duration(lengths[i] * scale * float64(time.Second))
		turn := transcript.Turn{Speaker: speaker, Role: role, Start: at, End: at + d, Line: line}
		nsent := 1 + int(lengths[i]/6)
		if nsent > 5 {
			nsent = 5
		}
		wordsLeft := int(d.Seconds() * 2.5)
		var text []string
		for j := range nsent {
			k := max(1, wordsLeft/(nsent-j))
			wordsLeft -= k
			ws := make([]string, k)
			for w := range ws {
				ws[w] = words[rng.IntN(len(words))]
			}
			s := strings.ToUpper(ws[0][:1]) + strings.Join(ws, " ")[1:] + "."
			ref := transcript.Ref{Turn: i, Sentence: j}
			if role == transcript.RoleRep && rng.IntN(6) == 0 {
				s = s[:len(s)-1] + "?"
				kinds := []string{"open", "closed", "closed", "tag"}
				sc.Tags = append(sc.Tags, analyze.Tag{Ref: ref, Name: "question:" + kinds[rng.IntN(len(kinds))]})
			}
			if role == transcript.RoleRep && rng.IntN(3) == 0 {
				sc.Tags = append(sc.Tags, analyze.Tag{Ref: ref, Name: []string{"customer-centred", "self-centred", "mixed"}[rng.IntN(3)]})
			}
			if rng.IntN(20) == 0 {
				sc.Tags = append(sc.Tags, analyze.Tag{Ref: ref, Name: "filler"})
			}
			turn.Sentences = append(turn.Sentences, transcript.Sentence{
				Text: s, Offset: len(strings.Join(text, " ")), Line: line, Start: at, Words: transcript.Words(s),
			})
			text = append(text, s)
		}
		turn.Text = strings.Join(text, " ")
		turn.Cues = []transcript.Cue{{Start: turn.Start, End: turn.End, HasEnd: true, Line: line}}
		if i > 0 && rng.IntN(30) == 0 {
			sc.Tags = append(sc.Tags, analyze.Tag{Ref: transcript.Ref{Turn: i, Sentence: 0}, Name: "interrupts"})
			prev := &t.Turns[i-1]
			last := transcript.Ref{Turn: i - 1, Sentence: len(prev.Sentences) - 1}
			sc.Tags = append(sc.Tags, analyze.Tag{Ref: last, Name: "interrupted"})
			sc.Findings = append(sc.Findings, analyze.Finding{Analyzer: "interruptions", Kind: "interruption",
				Ref: transcript.Ref{Turn: i, Sentence: 0}, Line: line, Start: at, Timed: true, Speaker: speaker,
				Message: speaker + " cut off " + prev.Speaker, Evidence: turn.Sentences[0].Text})
			turn.Start -= 300 * time.Millisecond
		}
		t.Turns = append(t.Turns, turn)
		at += d + time.Duration(rng.IntN(800))*time.Millisecond
		line += 4
	}
	t.Start, t.End = t.Turns[0].Start, t.Turns[n-1].End
	// The opener, the longest seller turn as the monologue, a next step.
	sc.Tags = append(sc.Tags, analyze.Tag{Ref: transcript.Ref{Turn: 0, Sentence: 0}, Name: "opener:pleasantry"})
	longest := 0
	for i := range t.Turns {
		if t.Turns[i].Role == transcript.RoleRep && t.Turns[i].End-t.Turns[i].Start > t.Turns[longest].End-t.Turns[longest].Start {
			longest = i
		}
	}
	for j := range t.Turns[longest].Sentences {
		r := transcript.Ref{Turn: longest, Sentence: j}
		sc.Tags = append(sc.Tags, analyze.Tag{Ref: r, Name: "monologue"})
	}
	sc.Findings = append(sc.Findings, analyze.Finding{Analyzer: "monologue", Kind: "monologue", Ref: transcript.Ref{Turn: longest, Sentence: -1},
		Line: t.Turns[longest].Line, Start: t.Turns[longest].Start, Timed: true, Speaker: t.Turns[longest].Speaker, Message: "longest monologue"})
	ns := n - 3
	if t.Turns[ns].Role != transcript.RoleRep {
		ns--
	}
	sc.Tags = append(sc.Tags, analyze.Tag{Ref: transcript.Ref{Turn: ns, Sentence: 0}, Name: "next-step:dated"})
	sc.Findings = append(sc.Findings, analyze.Finding{Analyzer: "nextstep", Kind: "next-step", Ref: transcript.Ref{Turn: ns, Sentence: 0},
		Line: t.Turns[ns].Line, Start: t.Turns[ns].Start, Timed: true, Speaker: t.Turns[ns].Speaker, Message: "next step, with a date"})
	for _, m := range stubRubric.Analyzers() {
		for _, def := range m.Metrics {
			sc.Metrics = append(sc.Metrics, analyze.Metric{Name: def.Name, Value: 42, Detail: "synthetic", Status: analyze.StatusFair})
		}
	}
	sc.Score, sc.Scored = 50, true
	return sc
}
