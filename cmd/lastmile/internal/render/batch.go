package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/lastmile/lastmile/analyze"
)

// A Batch renders the results of scoring many calls, in one of the
// formats of `lastmile score`. Call and Failed run on the batch runner's
// workers, in any order, and return what Add later writes, in input order
// (rendering in parallel is most of the speed-up for JSON lines and CSV);
// Begin and End frame the output. Add may keep a summary's numbers (for the
// roll-up), never the scorecard.
type Batch interface {
	Call(sc *analyze.Scorecard, sum *analyze.Summary) []byte
	Failed(sum *analyze.Summary) []byte
	Begin(w io.Writer) error
	Add(w io.Writer, sum *analyze.Summary, out []byte) error
	End(w io.Writer) error
}

// BatchFormats are the formats NewBatch takes, for help texts.
const BatchFormats = "table, json, jsonl, csv or markdown"

// NewBatch makes the renderer of a format (any case; "ndjson" and "md"
// are accepted for jsonl and markdown). sortBy orders table and markdown
// rows: "file", "score" or "seller"; scorecards prints each call's full
// scorecard instead of a row.
func NewBatch(format string, rubric *analyze.Rubric, sortBy string, scorecards bool) (Batch, error) {
	switch strings.ToLower(strings.TrimSpace(format)) {
	case "jsonl", "ndjson":
		return &jsonlOutput{}, nil
	case "json":
		return &jsonOutput{rollup: analyze.NewRollup(analyze.MetricNames(rubric.Analyzers()))}, nil
	case "csv":
		return &csvOutput{metrics: analyze.MetricNames(rubric.Analyzers())}, nil
	case "table", "text":
		return newTableOutput(rubric, StyleText, sortBy, scorecards), nil
	case "markdown", "md":
		return newTableOutput(rubric, StyleMarkdown, sortBy, scorecards), nil
	}
	return nil, fmt.Errorf("unknown --format %q (want %s)", format, BatchFormats)
}

// jsonlOutput writes one JSON object per call, one per line.
type jsonlOutput struct{}

func (jsonlOutput) Call(sc *analyze.Scorecard, sum *analyze.Summary) []byte {
	return append(appendCallJSON(make([]byte, 0, callJSONSize), sc, sum), '\n')
}
func (jsonlOutput) Failed(sum *analyze.Summary) []byte {
	return append(appendCallJSON(nil, nil, sum), '\n')
}
func (jsonlOutput) Begin(io.Writer) error { return nil }
func (jsonlOutput) Add(w io.Writer, sum *analyze.Summary, out []byte) error {
	_, err := w.Write(out)
	return err
}
func (jsonlOutput) End(io.Writer) error { return nil }

// jsonOutput writes one document: the calls, then the roll-up.
type jsonOutput struct {
	rollup *analyze.RollupBuilder
	n      int
}

func (o *jsonOutput) Call(sc *analyze.Scorecard, sum *analyze.Summary) []byte {
	return appendCallJSON(make([]byte, 0, callJSONSize), sc, sum)
}

// callJSONSize is room for a call's JSON object (8–10 KB with the default
// rubric), made once rather than grown from nothing.
const callJSONSize = 12 << 10

func (o *jsonOutput) Failed(sum *analyze.Summary) []byte { return appendCallJSON(nil, nil, sum) }
func (o *jsonOutput) Begin(w io.Writer) error {
	_, err := fmt.Fprintf(w, `{"schema":%q,"calls":[`, batchSchema)
	return err
}
func (o *jsonOutput) Add(w io.Writer, sum *analyze.Summary, out []byte) error {
	sep := ",\n"
	if o.n == 0 {
		sep = "\n"
	}
	o.n++
	o.rollup.Add(sum)
	if _, err := io.WriteString(w, sep); err != nil {
		return err
	}
	_, err := w.Write(out)
	return err
}
func (o *jsonOutput) End(w io.Writer) error {
	// The calls were streamed; the roll-up keys continue the document.
	jw := &jsonw{b: []byte("\n]")}
	jw.comma = []bool{true} // inside the top-level object, after "calls"
	appendRollupJSON(jw, o.rollup.Sellers(), o.rollup.Team())
	jw.b = append(jw.b, "}\n"...)
	_, err := w.Write(jw.b)
	return err
}
