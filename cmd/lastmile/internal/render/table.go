package render

import (
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Style picks how tables are drawn.
type Style int

const (
	StyleText     Style = iota // box-drawing table for a terminal
	StyleMarkdown              // GitHub markdown, to paste into a review
)

// newTable makes a table with lastmile's settings: headers as written
// (tablewriter upper-cases them by default), left-aligned, long cells
// wrapped at wrapAt (column index -> width).
func newTable(w io.Writer, style Style, header []string, wrapAt map[int]int) *tablewriter.Table {
	widths := tw.NewMapper[int, int]()
	for col, width := range wrapAt {
		widths.Set(col, width)
	}
	cfg := tablewriter.Config{
		Header: tw.CellConfig{
			Formatting: tw.CellFormatting{AutoFormat: tw.Off},
			Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
		},
		Row: tw.CellConfig{
			Formatting:   tw.CellFormatting{AutoWrap: tw.WrapNormal},
			Alignment:    tw.CellAlignment{Global: tw.AlignLeft},
			ColMaxWidths: tw.CellWidth{PerColumn: widths},
		},
	}
	opts := []tablewriter.Option{tablewriter.WithConfig(cfg)}
	if style == StyleMarkdown {
		opts = append(opts, tablewriter.WithRenderer(renderer.NewMarkdown()))
		for i := range header {
			header[i] = escapeMarkdown(header[i])
		}
	} else {
		for i := range header {
			header[i] = Clean(header[i])
		}
	}
	t := tablewriter.NewTable(w, opts...)
	t.Header(header)
	return t
}

// appendRow adds a row, escaping it for markdown when needed.
func appendRow(t *tablewriter.Table, style Style, cells ...string) error {
	for i := range cells {
		if style == StyleMarkdown {
			cells[i] = escapeMarkdown(cells[i])
		} else {
			cells[i] = Clean(cells[i])
		}
	}
	return t.Append(cells)
}

// escapeMarkdown keeps transcript text from breaking a markdown table or
// being read as markup: pipes, backslashes, HTML and emphasis characters
// are escaped, and line breaks become spaces.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range Clean(s) {
		switch r {
		case '\\', '|', '`', '*', '_', '[', ']', '#', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\n', '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
