package nextstep_test

import (
	"fmt"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/passes/nextstep"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
)

func Example() {
	call := `Rep: Thanks for the time today. What made you take the call?
Customer: Our forecasts keep missing. Every quarter the managers rebuild them by hand in spreadsheets, it takes two days each, and we still miss by twenty percent, so the board has stopped trusting the numbers and wants a fix before the next planning cycle.
Rep: Got it. Let's book thirty minutes with your CFO.
Customer: Thursday at 2 works.`
	tr, err := read.Parse("call.txt", []byte(call), read.ReadOptions{})
	if err != nil {
		panic(err)
	}
	sc, err := analyze.Run(tr, suite.Default(), []*analyze.Analyzer{nextstep.Analyzer})
	if err != nil {
		panic(err)
	}
	m, _ := sc.Metric("next_step")
	fmt.Println(m.Value, m.Status, m.Detail)
	for _, f := range sc.Findings {
		fmt.Printf("line %d: %s: %s\n", f.Line, f.Kind, f.Message)
	}
	// Output:
	// 1 good dated next step (thursday)
	// line 3: next-step: next step "let's book", with a time: "thursday"
}
