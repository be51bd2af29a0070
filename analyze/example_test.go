package analyze_test

import (
	"fmt"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/suite"
)

// The whole pipeline: read a transcript, score it with every analyzer and
// the default rubric, and look at one metric and the tags of one sentence.
func Example() {
	call := `Rep: Hi Dana, this is Sam from Acme. How is the rollout going?
Customer: Slowly. The import keeps failing on our old records.
Rep: Do you have budget for help this quarter?
Customer: Some. Send me a proposal.
Rep: I'll send it by Friday.`
	t, err := read.Parse("call.txt", []byte(call), read.ReadOptions{})
	if err != nil {
		panic(err)
	}
	sc, err := analyze.Score(t, suite.Default())
	if err != nil {
		panic(err)
	}
	m, _ := sc.Metric("questions")
	fmt.Println("questions:", m.Value, m.Status, m.Detail)
	for _, a := range analyze.Annotate(sc) {
		if a.Line == 3 {
			fmt.Println(a.Speaker+":", a.Text, a.Tags)
		}
	}
	// Output:
	// questions: 2 poor open 1, closed 1, tag 0, declarative 0
	// Rep: Do you have budget for help this quarter? [question:closed customer-centred price]
}
