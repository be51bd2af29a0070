package render

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Scorecard prints one call's scorecard: a heading, the metrics table
// (metric, value, target, status, detail), the evidence, and the reader's
// notes.
func Scorecard(w io.Writer, sc *analyze.Scorecard, style Style) error {
	t := sc.Transcript
	sum := analyze.Summarize(sc)
	score := "n/a (nothing could be measured)"
	if sc.Scored {
		score = fmt.Sprintf("%.0f/100", sc.Score)
	}
	heading := []string{
		"format " + string(t.Format),
		formatSpan(t),
		"seller " + sellerLabel(&sum),
	}
	if customers := sideNames(t, transcript.RoleCustomer); customers != "" {
		heading = append(heading, "customer "+customers)
	}
	if style == StyleMarkdown {
		fmt.Fprintf(w, "### %s\n\n%s · **score %s**\n\n", escapeMarkdown(t.Name), escapeMarkdown(strings.Join(heading, " · ")), score)
	} else {
		fmt.Fprintf(w, "%s\n  %s\n  score %s\n", Clean(t.Name), Clean(strings.Join(heading, " · ")), score)
	}

	table := newTable(w, style, []string{"Metric", "Value", "Target", "Status", "Detail"}, map[int]int{4: 60})
	for _, m := range shownMetrics(sc.Metrics, sc.Rubric) {
		def := sc.Rubric.MetricDef(m.Name)
		value, detail := "n/a", m.NA
		if m.NA == "" {
			value, detail = formatValue(m.Value, def.Unit), m.Detail
		}
		status := string(m.Status)
		if m.Status == analyze.StatusInfo {
			status = "—"
		}
		if err := appendRow(table, style, def.Title, value, formatTarget(sc.Rubric.Target(m.Name), def.Unit), status, detail); err != nil {
			return err
		}
	}
	if err := table.Render(); err != nil {
		return err
	}

	if len(sc.Findings) > 0 {
		if style == StyleMarkdown {
			fmt.Fprint(w, "\n**Evidence**\n\n")
		} else {
			fmt.Fprint(w, "Evidence\n")
		}
		ev := newTable(w, style, []string{"Line", "Time", "Speaker", "Finding", "Evidence"}, map[int]int{3: 40, 4: 60})
		for _, f := range sc.Findings {
			line, at, speaker := lineLabel(f.Line, "—"), "", f.Speaker
			if f.Timed && f.Ref.Turn >= 0 {
				at = formatClock(f.Start)
			}
			if err := appendRow(ev, style, line, at, speaker, f.Message, f.Evidence); err != nil {
				return err
			}
		}
		if err := ev.Render(); err != nil {
			return err
		}
	}
	for _, n := range t.Notes {
		if style == StyleMarkdown {
			fmt.Fprintf(w, "\n> note: %s\n", escapeMarkdown(n))
		} else {
			fmt.Fprintf(w, "note: %s\n", Clean(n))
		}
	}
	return nil
}

// shownMetrics drops, from each pair of twins, the one that was not
// measured (the untimed version on a timed call, and back).
func shownMetrics(metrics []analyze.Metric, r *analyze.Rubric) []analyze.Metric {
	measured := make(map[string]bool, len(metrics))
	for _, m := range metrics {
		measured[m.Name] = m.NA == ""
	}
	var out []analyze.Metric
	for _, m := range metrics {
		def := r.MetricDef(m.Name)
		if def != nil && def.Twin != "" && m.NA != "" {
			if measured[def.Twin] {
				continue // the twin stands in for it
			}
			if tw := r.MetricDef(def.Twin); tw != nil && tw.Twin == m.Name && indexOf(metrics, def.Twin) < indexOf(metrics, m.Name) {
				continue // both n/a: show the first of the pair only
			}
		}
		out = append(out, m)
	}
	return out
}

func indexOf(metrics []analyze.Metric, name string) int {
	for i, m := range metrics {
		if m.Name == name {
			return i
		}
	}
	return -1
}

// formatSpan describes the call's timing for a heading.
func formatSpan(t *transcript.Transcript) string {
	switch t.Timing {
	case transcript.TimingNone:
		return "untimed, " + analyze.Plural(len(t.Turns), "turn")
	case transcript.TimingStarts:
		return fmt.Sprintf("%s of speech (start times only), %s", formatClock(t.Duration()), analyze.Plural(len(t.Turns), "turn"))
	}
	return fmt.Sprintf("%s of speech, %s", formatClock(t.Duration()), analyze.Plural(len(t.Turns), "turn"))
}

// sideNames lists the speakers of one side, at most four of them.
func sideNames(t *transcript.Transcript, r transcript.Role) string {
	var names []string
	for _, s := range t.Speakers {
		if s.Role == r {
			names = append(names, s.Name)
		}
	}
	if len(names) > 4 {
		return fmt.Sprintf("%s and %d more", strings.Join(names[:3], ", "), len(names)-3)
	}
	return strings.Join(names, " & ")
}

// renderScorecard renders a scorecard to bytes (on a batch worker).
func renderScorecard(sc *analyze.Scorecard, style Style) []byte {
	var b bytes.Buffer
	if err := Scorecard(&b, sc, style); err != nil {
		fmt.Fprintf(&b, "%s: rendering the scorecard: %v\n", sc.Transcript.Name, err)
	}
	return b.Bytes()
}
