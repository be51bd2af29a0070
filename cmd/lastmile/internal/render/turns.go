package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"

	"github.com/lastmile/lastmile/analyze/transcript"
)

// TurnsPerTable is how many turns one table of Turns holds.
var TurnsPerTable = 5000

// Turns prints how a transcript was read, to check a parse: a heading with
// the speakers and their roles, then a row per turn.
func Turns(w io.Writer, t *transcript.Transcript) error {
	var speakers []string
	for _, s := range t.Speakers {
		speakers = append(speakers, fmt.Sprintf("%s (%s, %s)", Clean(s.Name), s.Role, s.RoleFrom))
	}
	fmt.Fprintf(w, "%s\n  format %s · %s\n  speakers: %s\n", Clean(t.Name), t.Format, formatSpan(t), strings.Join(speakers, ", "))
	// A table is laid out whole, in memory: a transcript of millions of
	// turns is printed as tables of TurnsPerTable turns each.
	var table *tablewriter.Table
	for i := range t.Turns {
		if i%TurnsPerTable == 0 {
			if table != nil {
				if err := table.Render(); err != nil {
					return err
				}
				// tablewriter does not report write errors; a bufio.Writer
				// keeps its first, and an empty write returns it: a closed
				// pipe or an interruption stops here, not millions of rows on.
				if _, err := w.Write(nil); err != nil {
					return err
				}
			}
			table = newTable(w, StyleText, []string{"Line", "Time", "Speaker", "Role", "Words", "Sentences", "Text"}, map[int]int{2: 24, 6: 60})
		}
		turn := &t.Turns[i]
		at := ""
		if t.Timed() {
			at = formatClock(turn.Start)
			if t.Timing == transcript.TimingFull {
				at += "–" + formatClock(turn.End)
			}
		}
		sentences := fmt.Sprint(len(turn.Sentences))
		if turn.Unpunctuated {
			sentences += " (unpunctuated)"
		}
		line := lineLabel(turn.Line, "")
		if err := appendRow(table, StyleText, line, at, turn.Speaker, turn.Role.String(), fmt.Sprint(turn.Words()), sentences, transcript.Excerpt(turn.Text, 120)); err != nil {
			return err
		}
	}
	if table != nil {
		if err := table.Render(); err != nil {
			return err
		}
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "note: %s\n", Clean(n))
	}
	return nil
}

// turnsSchema versions `lastmile turns --format json`.
const turnsSchema = "lastmile.turns/1"

// AppendTurnsJSON appends what was read, for checking a parse: {"schema",
// "file", "format", "timing", "speakers": [...], "notes": [...], "turns":
// [...]}.
func AppendTurnsJSON(b []byte, t *transcript.Transcript) []byte {
	w := &jsonw{b: b}
	w.beginObject()
	w.key("schema")
	w.str(turnsSchema)
	w.key("file")
	w.str(t.Name)
	w.key("format")
	w.str(string(t.Format))
	w.key("timing")
	w.str(t.Timing.String())
	w.key("speakers")
	w.beginArray()
	for _, s := range t.Speakers {
		w.beginObject()
		appendSpeakerFields(w, s)
		w.endObject()
	}
	w.endArray()
	w.key("notes")
	w.strings(t.Notes)
	w.key("turns")
	w.beginArray()
	for i := range t.Turns {
		turn := &t.Turns[i]
		w.beginObject()
		w.key("line")
		w.line(turn.Line)
		w.key("speaker")
		w.str(turn.Speaker)
		w.key("role")
		w.str(turn.Role.String())
		w.key("start")
		w.seconds(turn.Start, t.Timed())
		w.key("end")
		w.seconds(turn.End, t.Timing == transcript.TimingFull)
		w.key("words")
		w.int(turn.Words())
		w.key("unpunctuated")
		w.bool(turn.Unpunctuated)
		w.key("text")
		w.str(turn.Text)
		w.key("sentences")
		w.beginArray()
		for _, s := range turn.Sentences {
			w.str(s.Text)
		}
		w.endArray()
		w.endObject()
	}
	w.endArray()
	w.endObject()
	return w.b
}

// AppendTurnsErrorJSON appends the record of an input that could not be
// read: {"schema", "file", "error"}.
func AppendTurnsErrorJSON(b []byte, file string, err error) []byte {
	w := &jsonw{b: b}
	w.beginObject()
	w.key("schema")
	w.str(turnsSchema)
	w.key("file")
	w.str(file)
	w.key("error")
	w.str(err.Error())
	w.endObject()
	return w.b
}
