package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/fatih/color"
	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/read"
	"github.com/lastmile/lastmile/analyze/transcript"
)

func inspectCommand() *cli.Command {
	return &cli.Command{
		Name:  "inspect",
		Usage: "one call: the scorecard, then the transcript annotated sentence by sentence",
		UsageText: `lastmile inspect [flags] FILE

--only keeps the sentences of some findings, with one sentence of context
around each: ` + strings.Join(onlyNames(), ", ") + `.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table, json (one document) or jsonl (one record per sentence)"},
			&cli.StringFlag{Name: "only", Usage: "keep the sentences of a comma-separated `LIST`: " + strings.Join(onlyNames(), ",")},
			&cli.StringFlag{Name: "speaker", Usage: "keep one speaker's sentences (`NAME`: full or first name, any case)"},
			&cli.StringFlag{Name: "html", Usage: "also write a self-contained HTML report with a timeline to `FILE`"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour `WHEN`: auto (a terminal, unless NO_COLOR is set), always or never"},
			repFlag, inputFormatFlag, rubricFlag,
		},
		Action: inspectAction,
	}
}

// onlyFilters map --only names to the tags they keep.
var onlyFilters = []struct {
	name     string
	prefixes []string
}{
	{"questions", []string{"question:"}},
	{"openers", []string{"opener"}},
	{"interruptions", []string{"interrupts", "interrupted"}},
	{"monologues", []string{"monologue"}},
	{"focus", []string{"customer-centred", "self-centred", "mixed"}},
	{"next-step", []string{"next-step"}},
	{"fillers", []string{"filler"}},
}

func onlyNames() []string {
	var names []string
	for _, f := range onlyFilters {
		names = append(names, f.name)
	}
	return names
}

func inspectAction(c *cli.Context) error {
	go read.Warm() // load the sentence model while the command line and the first file are read
	if c.NArg() != 1 {
		return usagef("inspect takes one file (got %d)", c.NArg())
	}
	format, err := oneOf("format", c.String("format"), "table", "json", "jsonl")
	if err != nil {
		return err
	}
	var prefixes []string
	if only := c.String("only"); only != "" {
		for _, name := range strings.Split(only, ",") {
			name = strings.ToLower(strings.TrimSpace(name))
			if name == "" {
				continue // "questions," or "a,,b"
			}
			found := false
			for _, f := range onlyFilters {
				if f.name == name {
					prefixes = append(prefixes, f.prefixes...)
					found = true
				}
			}
			if !found {
				return usagef("--only: unknown %q (want %s)", name, strings.Join(onlyNames(), ", "))
			}
		}
	}
	colorMode, err := oneOf("color", c.String("color"), "auto", "always", "never")
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
	path := c.Args().First()
	t, err := readInput(path, opts)
	if err != nil {
		fmt.Fprintln(c.App.ErrWriter, err)
		return errInputsFailed
	}
	if who := c.String("speaker"); who != "" && !hasSpeaker(t, who) {
		var names []string
		for _, s := range t.Speakers {
			names = append(names, s.Name)
		}
		return usagef("--speaker %q: no such speaker in %s (speakers: %s)", who, path, strings.Join(names, ", "))
	}
	sc, err := analyze.Score(t, rubric)
	if err != nil {
		return err
	}
	ann := analyze.Annotate(sc)
	if htmlPath := c.String("html"); htmlPath != "" {
		err := writeFileAtomic(htmlPath, func(w io.Writer) error { return writeHTMLReport(w, sc, ann) })
		if err != nil {
			return fmt.Errorf("--html: %w", err)
		}
	}
	keep := selectSentences(ann, prefixes, c.String("speaker"))

	w := bufio.NewWriter(c.App.Writer)
	defer w.Flush()
	switch format {
	case "jsonl":
		for i, a := range ann {
			if keep[i] == shown {
				jw := &jsonw{}
				writeAnnotationJSON(jw, sc, a)
				w.Write(append(jw.b, '\n'))
			}
		}
	case "json":
		jw := &jsonw{}
		jw.beginObject()
		jw.key("schema")
		jw.str(inspectSchema)
		jw.key("call")
		sum := analyze.Summarize(sc)
		writeCallJSON(jw, sc, &sum)
		jw.key("sentences")
		jw.beginArray()
		for i, a := range ann {
			if keep[i] == shown {
				writeAnnotationJSON(jw, sc, a)
			}
		}
		jw.endArray()
		jw.endObject()
		w.Write(append(jw.b, '\n'))
	default:
		if err := writeScorecard(w, sc, styleText); err != nil {
			return err
		}
		fmt.Fprintln(w)
		p := newPalette(colorMode, c.App.Writer)
		writeAnnotated(w, sc, ann, keep, p)
	}
	return w.Flush()
}

// The schemas of inspect's JSON: the document, and each sentence record.
const (
	inspectSchema  = "lastmile.inspect/1"
	sentenceSchema = "lastmile.sentence/1"
)

// writeAnnotationJSON writes one sentence record as the next value of w:
// {"schema", "file", "line", "start", "speaker", "role", "text", "tags",
// "question_kind", "findings"}.
func writeAnnotationJSON(w *jsonw, sc *analyze.Scorecard, a analyze.Annotation) {
	w.beginObject()
	w.key("schema")
	w.str(sentenceSchema)
	w.key("file")
	w.str(sc.Transcript.Name)
	w.key("line")
	w.line(a.Line)
	w.key("start")
	w.seconds(a.Start, a.Timed)
	w.key("speaker")
	w.str(a.Speaker)
	w.key("role")
	w.str(a.Role.String())
	w.key("text")
	w.str(a.Text)
	w.key("tags")
	w.strings(nonNil(a.Tags))
	w.key("question_kind")
	w.strOrNull(a.Value("question"))
	w.key("findings")
	w.beginArray()
	for _, i := range a.Findings {
		w.str(sc.Findings[i].Message)
	}
	w.endArray()
	w.endObject()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Sentence visibility under --only and --speaker.
const (
	hidden    = iota
	inContext // shown dimmed, around a kept sentence
	shown
)

// selectSentences decides which sentences to show: with --only, those
// with a matching tag (and a sentence of context either side in the
// table); with --speaker, only that speaker's.
func selectSentences(ann []analyze.Annotation, prefixes []string, speaker string) []int {
	keep := make([]int, len(ann))
	for i, a := range ann {
		if speaker != "" && !transcript.MatchesName(a.Speaker, speaker) {
			continue
		}
		if len(prefixes) == 0 || hasTagPrefix(a.Tags, prefixes) {
			keep[i] = shown
		}
	}
	if len(prefixes) > 0 {
		for i := range ann {
			if keep[i] != shown {
				continue
			}
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(ann) && keep[j] == hidden {
					keep[j] = inContext
				}
			}
		}
	}
	return keep
}

func hasSpeaker(t *transcript.Transcript, want string) bool {
	for _, s := range t.Speakers {
		if transcript.MatchesName(s.Name, want) {
			return true
		}
	}
	return false
}

func hasTagPrefix(tags, prefixes []string) bool {
	for _, t := range tags {
		for _, p := range prefixes {
			if strings.HasPrefix(t, p) {
				return true
			}
		}
	}
	return false
}

// palette colours the annotated transcript; every function is the identity
// when colour is off.
type palette struct {
	rep, customer, other, tag, dim, warn func(a ...any) string
}

func newPalette(mode string, w io.Writer) palette {
	on := mode == "always"
	if mode == "auto" {
		f, ok := w.(*os.File)
		on = ok && isatty.IsTerminal(f.Fd()) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
	}
	mk := func(attrs ...color.Attribute) func(a ...any) string {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c.SprintFunc()
	}
	return palette{
		rep:      mk(color.FgBlue, color.Bold),
		customer: mk(color.FgGreen, color.Bold),
		other:    mk(color.Bold),
		tag:      mk(color.FgCyan),
		dim:      mk(color.Faint),
		warn:     mk(color.FgRed),
	}
}

// warnTags are tags a coach should notice first.
var warnTags = []string{"interrupts", "self-centred", "opener:", "monologue"}

// writeAnnotated prints the transcript one sentence a line: line, time,
// speaker (on the first sentence of a turn), text, [tags].
func writeAnnotated(w io.Writer, sc *analyze.Scorecard, ann []analyze.Annotation, keep []int, p palette) {
	fmt.Fprintln(w, "Transcript")
	lastTurn, lastShown := -1, -1
	for i, a := range ann {
		if keep[i] == hidden {
			continue
		}
		if lastShown >= 0 && i != lastShown+1 {
			fmt.Fprintln(w, p.dim("   …"))
		}
		lastShown = i
		at := ""
		if a.Timed {
			at = formatClock(a.Start)
		}
		who := ""
		if a.Ref.Turn != lastTurn {
			who = a.Speaker + ":"
			switch a.Role {
			case transcript.RoleRep:
				who = p.rep(who)
			case transcript.RoleCustomer:
				who = p.customer(who)
			default:
				who = p.other(who)
			}
		}
		lastTurn = a.Ref.Turn
		text := a.Text
		if keep[i] == inContext {
			text = p.dim(text)
		}
		var tags []string
		for _, t := range a.Tags {
			label := "[" + t + "]"
			if hasTagPrefix([]string{t}, warnTags) {
				tags = append(tags, p.warn(label))
			} else {
				tags = append(tags, p.tag(label))
			}
		}
		line := lineLabel(a.Line, "")
		fmt.Fprintf(w, "%5s %8s  %s %s", line, at, who, text)
		if len(tags) > 0 {
			fmt.Fprintf(w, "  %s", strings.Join(tags, " "))
		}
		fmt.Fprintln(w)
		for _, fi := range a.Findings {
			f := sc.Findings[fi]
			fmt.Fprintf(w, "%15s  %s\n", "", p.warn("↳ "+f.Message))
		}
	}
}
