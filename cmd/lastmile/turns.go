package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

func turnsCommand() *cli.Command {
	return &cli.Command{
		Name:      "turns",
		Usage:     "show how transcripts were read: line, time, speaker, role, words, sentences",
		UsageText: "lastmile turns [--format table|json] FILE...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table or json (one JSON document a line per file)"},
			repFlag, inputFormatFlag, rubricFlag,
		},
		Action: turnsAction,
	}
}

func turnsAction(c *cli.Context) error {
	go read.Warm() // load the sentence model while the command line and the first file are read
	if c.NArg() == 0 {
		return usagef("turns needs at least one file")
	}
	if err := stdinOnce(c.Args().Slice(), ""); err != nil {
		return err
	}
	format, err := oneOf("format", c.String("format"), "table", "json")
	if err != nil {
		return err
	}
	rubric, err := loadRubric(c)
	if err != nil {
		return err
	}
	opts, err := readOptions(c, rubric)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(c.App.Writer)
	defer w.Flush()
	failed := false
	first := true
	expandInputs(c.Context, c.Args().Slice(), func(in input) bool {
		if c.Context.Err() != nil {
			return false
		}
		t, err := loadInput(in, opts)
		if err != nil {
			failed = true
			w.Flush()
			fmt.Fprintln(c.App.ErrWriter, err)
			if format == "json" {
				jw := &jsonw{}
				jw.beginObject()
				jw.key("schema")
				jw.str(turnsSchema)
				jw.key("file")
				jw.str(in.path)
				jw.key("error")
				jw.str(err.Error())
				jw.endObject()
				w.Write(append(jw.b, '\n'))
			}
			return true
		}
		if format == "json" {
			w.Write(append(appendTurnsJSON(nil, t), '\n'))
			return true
		}
		if !first {
			fmt.Fprintln(w)
		}
		first = false
		if err := writeTurnsTable(w, t); err != nil {
			fmt.Fprintln(c.App.ErrWriter, err)
			failed = true
		}
		return true
	})
	if err := w.Flush(); err != nil {
		return err
	}
	if c.Context.Err() != nil {
		return errInterrupted
	}
	if failed {
		return errInputsFailed
	}
	return nil
}

func writeTurnsTable(w io.Writer, t *transcript.Transcript) error {
	var speakers []string
	for _, s := range t.Speakers {
		speakers = append(speakers, fmt.Sprintf("%s (%s, %s)", s.Name, s.Role, s.RoleFrom))
	}
	fmt.Fprintf(w, "%s\n  format %s · %s\n  speakers: %s\n", t.Name, t.Format, formatSpan(t), strings.Join(speakers, ", "))
	table := newTable(w, styleText, []string{"Line", "Time", "Speaker", "Role", "Words", "Sentences", "Text"}, map[int]int{2: 24, 6: 60})
	for i := range t.Turns {
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
		if err := table.Append([]string{line, at, turn.Speaker, turn.Role.String(), fmt.Sprint(turn.Words()), sentences, transcript.Excerpt(turn.Text, 120)}); err != nil {
			return err
		}
	}
	if err := table.Render(); err != nil {
		return err
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
	return nil
}

// turnsSchema versions `lastmile turns --format json`.
const turnsSchema = "lastmile.turns/1"

// appendTurnsJSON writes what was read, for checking a parse: {"schema",
// "file", "format", "timing", "speakers": [...], "notes": [...], "turns":
// [...]}.
func appendTurnsJSON(b []byte, t *transcript.Transcript) []byte {
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
