package render

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lastmile/lastmile/analyze"
)

// tableOutput prints a batch for people: a row per call, then a roll-up
// per seller and for the team (text or markdown). With scorecards set it
// prints each call's full scorecard instead of its row.
type tableOutput struct {
	rubric     *analyze.Rubric
	style      Style
	sortBy     string
	scorecards bool
	columns    []column
	rows       []tableRow
	rollup     *analyze.RollupBuilder
	n          int
}

// A tableRow is one call's row, already formatted: a few short strings,
// so that a table of many thousand calls stays small in memory.
type tableRow struct {
	cells  []string
	score  float64
	scored bool
	seller string // sort key: "" sorts last
	err    error
}

func newTableOutput(r *analyze.Rubric, style Style, sortBy string, scorecards bool) *tableOutput {
	return &tableOutput{rubric: r, style: style, sortBy: sortBy, scorecards: scorecards,
		columns: columnsOf(r), rollup: analyze.NewRollup(analyze.MetricNames(r.Analyzers()))}
}

// A column of the per-call and roll-up tables: a metric that declares one
// (the figures a coach scans first), with its twin. Every metric is in the
// JSON and CSV outputs.
type column struct {
	title   string
	metrics []string // the metric, and its twin when it has one
}

// columnsOf lists the columns the rubric's metrics declare, in order.
func columnsOf(r *analyze.Rubric) []column {
	var cols []column
	for _, a := range r.Analyzers() {
		for _, m := range a.Metrics {
			if m.Column == "" {
				continue
			}
			c := column{title: m.Column, metrics: []string{m.Name}}
			if m.Twin != "" {
				c.metrics = append(c.metrics, m.Twin)
			}
			cols = append(cols, c)
		}
	}
	return cols
}

func (o *tableOutput) Call(sc *analyze.Scorecard, _ *analyze.Summary) []byte {
	if !o.scorecards {
		return nil
	}
	return renderScorecard(sc, o.style)
}

func (o *tableOutput) Failed(*analyze.Summary) []byte { return nil }
func (o *tableOutput) Begin(io.Writer) error          { return nil }

func (o *tableOutput) Add(w io.Writer, sum *analyze.Summary, out []byte) error {
	o.n++
	o.rollup.Add(sum)
	if !o.scorecards {
		o.rows = append(o.rows, o.row(sum))
		return nil
	}
	if o.n > 1 {
		fmt.Fprintln(w)
	}
	if sum.Err != nil {
		if o.style == StyleMarkdown {
			_, err := fmt.Fprintf(w, "### %s\n\nfailed: %s\n", escapeMarkdown(sum.File), escapeMarkdown(sum.Err.Error()))
			return err
		}
		_, err := fmt.Fprintf(w, "%s\n  failed: %s\n", Clean(sum.File), Clean(sum.Err.Error()))
		return err
	}
	_, err := w.Write(out)
	return err
}

func (o *tableOutput) End(w io.Writer) error {
	if o.scorecards {
		if o.n > 1 {
			fmt.Fprintln(w)
			return o.writeRollup(w)
		}
		return nil
	}
	if err := o.writeRows(w); err != nil {
		return err
	}
	if o.n == 0 {
		return nil
	}
	fmt.Fprintln(w)
	return o.writeRollup(w)
}

// row formats one call's cells.
func (o *tableOutput) row(s *analyze.Summary) tableRow {
	cells := []string{s.File}
	if s.Err != nil {
		cells = append(cells, "—", "—")
		for range o.columns {
			cells = append(cells, "—")
		}
		return tableRow{cells: append(cells, "failed"), err: s.Err}
	}
	cells = append(cells, formatDuration(s), sellerLabel(s))
	for _, c := range o.columns {
		cells = append(cells, o.callCell(s, c))
	}
	score := "n/a"
	if s.Scored {
		score = fmt.Sprintf("%.0f", s.Score)
	}
	return tableRow{cells: append(cells, score), score: s.Score, scored: s.Scored, seller: s.Seller}
}

func (o *tableOutput) writeRows(w io.Writer) error {
	rows := o.rows
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	switch o.sortBy {
	case "score": // best first; failed and unscored last
		sort.SliceStable(order, func(a, b int) bool {
			ra, rb := &rows[order[a]], &rows[order[b]]
			if ra.scored != rb.scored {
				return ra.scored
			}
			return ra.score > rb.score
		})
	case "seller": // by name; no seller and failed last
		sort.SliceStable(order, func(a, b int) bool {
			ka, kb := rows[order[a]].seller, rows[order[b]].seller
			if (ka == "") != (kb == "") {
				return kb == ""
			}
			return ka < kb
		})
	}
	// Paths under one directory print without it, once, above the table.
	prefix := commonDir(rows)
	if o.style == StyleMarkdown {
		fmt.Fprint(w, "### Calls\n\n")
		if prefix != "" {
			fmt.Fprintf(w, "In `%s`:\n\n", escapeMarkdown(prefix))
		}
	} else if prefix != "" {
		fmt.Fprintf(w, "Calls in %s\n", Clean(prefix))
	}
	header := []string{"File", "Duration", "Seller"}
	for _, c := range o.columns {
		header = append(header, c.title)
	}
	header = append(header, "Score")
	// File, seller and the metric columns wrap; a metric's cell is short
	// ("13 (12 open)"), a list of opener kinds is not.
	wrap := map[int]int{0: 40, 2: 20}
	for i := range o.columns {
		wrap[3+i] = 14
	}
	t := newTable(w, o.style, header, wrap)
	var failed []error
	for _, i := range order {
		if rows[i].err != nil {
			failed = append(failed, rows[i].err)
		}
		cells := append([]string{strings.TrimPrefix(rows[i].cells[0], prefix)}, rows[i].cells[1:]...)
		if err := appendRow(t, o.style, cells...); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	if len(failed) > 0 {
		fmt.Fprintf(w, "\n%d input(s) failed:\n", len(failed))
		for _, err := range failed {
			line := err.Error()
			if o.style == StyleMarkdown {
				line = "- " + escapeMarkdown(line)
			} else {
				line = "  " + Clean(line)
			}
			fmt.Fprintln(w, line)
		}
	}
	return nil
}

// commonDir returns the directory (ending in a separator) that every row's
// file is in, or "" when they do not share one or there is only one row.
func commonDir(rows []tableRow) string {
	if len(rows) < 2 {
		return ""
	}
	prefix := rows[0].cells[0]
	for _, r := range rows[1:] {
		for !strings.HasPrefix(r.cells[0], prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	if i := strings.LastIndexByte(prefix, filepath.Separator); i >= 0 {
		return prefix[:i+1]
	}
	return ""
}

// callCell prints one call's value for a column.
func (o *tableOutput) callCell(s *analyze.Summary, c column) string {
	name := c.metrics[0]
	for _, n := range c.metrics {
		if m, ok := s.Metric(n); ok && m.NA == "" {
			name = n
			break
		}
	}
	m, ok := s.Metric(name)
	if !ok || m.NA != "" {
		return "n/a"
	}
	if m.Short != "" {
		return m.Short
	}
	return formatValue(m.Value, o.rubric.MetricDef(name).Unit)
}

func (o *tableOutput) writeRollup(w io.Writer) error {
	sellers, team := o.rollup.Sellers(), o.rollup.Team()
	if o.style == StyleMarkdown {
		fmt.Fprint(w, "### Sellers\n\n")
	} else {
		fmt.Fprintln(w, "Sellers: median per call (calls on target / calls measured)")
	}
	header := []string{"Seller", "Calls", "Score"}
	for _, c := range o.columns {
		header = append(header, c.title)
	}
	t := newTable(w, o.style, header, map[int]int{0: 30})
	rows := append(sellers, team)
	for i, r := range rows {
		name := r.Seller
		if i == len(rows)-1 {
			name = "team"
		}
		cells := []string{name, fmt.Sprint(r.Calls), o.statCell(r.Score, analyze.UnitCount)}
		for _, c := range o.columns {
			cells = append(cells, o.rollupCell(r, c))
		}
		if err := appendRow(t, o.style, cells...); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	if o.style == StyleMarkdown {
		fmt.Fprint(w, "\nCells: median per call (calls on target / calls measured). Every metric's median and mean: `--format json`.\n")
	}
	return nil
}

func (o *tableOutput) rollupCell(r analyze.Rollup, c column) string {
	var cells []string
	for _, name := range c.metrics {
		for _, st := range r.Metrics {
			if st.Name != name || st.N == 0 {
				continue
			}
			def := o.rubric.MetricDef(name)
			cells = append(cells, o.statCell(st, def.Unit))
		}
	}
	if len(cells) == 0 {
		return "n/a"
	}
	out := cells[0]
	for _, c := range cells[1:] {
		out += "; " + c
	}
	return out
}

func (o *tableOutput) statCell(st analyze.Stats, u analyze.Unit) string {
	if st.N == 0 {
		return "n/a"
	}
	v := formatValue(st.Median, u)
	if u == analyze.UnitCount {
		v = trimFloat(st.Median)
	}
	if st.Rated > 0 {
		v += fmt.Sprintf(" (%d/%d)", st.OnTarget, st.Rated)
	}
	return v
}
