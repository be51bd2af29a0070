package render

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// csvOutput writes one row per call under a fixed header: the call's
// fields, then each metric's value and status in the analyzers' order. A
// metric that could not be measured has an empty value and status "n/a"; a
// failed input has only file and error.
type csvOutput struct {
	metrics []string
}

var csvCallColumns = []string{"file", "format", "timing", "duration_s", "seller", "seller_guessed", "score", "error"}

func (o *csvOutput) header() []string {
	h := append([]string(nil), csvCallColumns...)
	for _, m := range o.metrics {
		h = append(h, m, m+"_status")
	}
	return h
}

func (o *csvOutput) row(sum *analyze.Summary) []byte {
	rec := make([]string, 0, len(csvCallColumns)+2*len(o.metrics))
	if sum.Err != nil {
		rec = append(rec, csvCell(sum.File), "", "", "", "", "", "", csvCell(sum.Err.Error()))
		for range o.metrics {
			rec = append(rec, "", "")
		}
		return csvLine(rec)
	}
	duration, score := "", ""
	if sum.Timing != transcript.TimingNone {
		duration = csvNumber(sum.Duration.Seconds())
	}
	if sum.Scored {
		score = csvNumber(sum.Score)
	}
	rec = append(rec, csvCell(sum.File), string(sum.Format), sum.Timing.String(), duration, csvCell(sum.Seller),
		strconv.FormatBool(sum.SellerGuessed), score, "")
	for _, name := range o.metrics {
		m, ok := sum.Metric(name)
		switch {
		case !ok:
			rec = append(rec, "", "")
		case m.NA != "":
			rec = append(rec, "", string(analyze.StatusNA))
		default:
			rec = append(rec, csvNumber(m.Value), string(m.Status))
		}
	}
	return csvLine(rec)
}

func csvNumber(f float64) string {
	return string(appendJSONNumber(nil, f))
}

func csvLine(rec []string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(rec) // writes to a buffer cannot fail
	w.Flush()
	return b.Bytes()
}

func (o *csvOutput) Call(_ *analyze.Scorecard, sum *analyze.Summary) []byte { return o.row(sum) }
func (o *csvOutput) Failed(sum *analyze.Summary) []byte                     { return o.row(sum) }
func (o *csvOutput) Begin(w io.Writer) error {
	_, err := w.Write(csvLine(o.header()))
	return err
}
func (o *csvOutput) Add(w io.Writer, sum *analyze.Summary, out []byte) error {
	_, err := w.Write(out)
	return err
}
func (o *csvOutput) End(io.Writer) error { return nil }
