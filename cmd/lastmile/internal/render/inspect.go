package render

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/fatih/color"
	"github.com/mattn/go-isatty"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// A Filter keeps the sentences with some tags, for inspect --only.
type Filter struct{ tags map[string]bool }

// FilterNames lists what --only takes, for help texts: the names of the
// analyzers that tag sentences. A tag ("interrupts") or a tag family
// ("next-step", "question") is taken too.
func FilterNames(r *analyze.Rubric) []string {
	var names []string
	for _, a := range r.Analyzers() {
		if len(a.Tags) > 0 {
			names = append(names, a.Name)
		}
	}
	return names
}

// ParseFilter reads a comma-separated --only list: names of analyzers (all
// their tags), of tags, or of tag families, in any case, a plural "s"
// optional ("monologues"). An empty list keeps every sentence (nil).
func ParseFilter(r *analyze.Rubric, list string) (*Filter, error) {
	f := &Filter{tags: make(map[string]bool)}
	for _, name := range strings.Split(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue // "questions," or "a,,b"
		}
		if !f.add(r, name) && !f.add(r, strings.TrimSuffix(name, "s")) {
			return nil, fmt.Errorf("--only: unknown %q (want %s, or a tag)", name, strings.Join(FilterNames(r), ", "))
		}
	}
	if len(f.tags) == 0 {
		return nil, nil
	}
	return f, nil
}

// add adds the tags a name selects, reporting whether it selects any.
func (f *Filter) add(r *analyze.Rubric, name string) bool {
	found := false
	for _, a := range r.Analyzers() {
		for _, d := range a.Tags {
			family, _, _ := strings.Cut(d.Name, ":")
			if a.Name == name || d.Name == name || family == name {
				f.tags[d.Name], found = true, true
			}
		}
	}
	return found
}

// keeps reports whether the filter keeps a sentence with these tags.
func (f *Filter) keeps(tags []string) bool {
	for _, t := range tags {
		if f.tags[t] {
			return true
		}
	}
	return false
}

// The schemas of inspect's JSON: the document, and each sentence record.
const (
	inspectSchema  = "lastmile.inspect/1"
	sentenceSchema = "lastmile.sentence/1"
)

// AppendSentenceJSON appends one sentence record of inspect --format jsonl.
func AppendSentenceJSON(b []byte, sc *analyze.Scorecard, a analyze.Annotation) []byte {
	w := &jsonw{b: b}
	writeAnnotationJSON(w, sc, a)
	return w.b
}

// AppendInspectJSON appends inspect --format json's document: the call and
// the shown sentences.
func AppendInspectJSON(b []byte, sc *analyze.Scorecard, ann []analyze.Annotation, keep []Visibility) []byte {
	w := &jsonw{b: b}
	w.beginObject()
	w.key("schema")
	w.str(inspectSchema)
	w.key("call")
	sum := analyze.Summarize(sc)
	writeCallJSON(w, sc, &sum)
	w.key("sentences")
	w.beginArray()
	for i, a := range ann {
		if keep[i] == Shown {
			writeAnnotationJSON(w, sc, a)
		}
	}
	w.endArray()
	w.endObject()
	return w.b
}

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

// A Visibility is how a sentence shows under --only and --speaker.
type Visibility uint8

// The visibilities.
const (
	Hidden    Visibility = iota
	InContext            // shown dimmed, around a kept sentence
	Shown
)

// Select decides which sentences to show: with a filter, those with one of
// its tags (and a sentence of context either side in the table); with a
// speaker, only that speaker's.
func Select(ann []analyze.Annotation, only *Filter, speaker string) []Visibility {
	keep := make([]Visibility, len(ann))
	for i, a := range ann {
		if speaker != "" && !transcript.MatchesName(a.Speaker, speaker) {
			continue
		}
		if only == nil || only.keeps(a.Tags) {
			keep[i] = Shown
		}
	}
	if only != nil {
		for i := range ann {
			if keep[i] != Shown {
				continue
			}
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(ann) && keep[j] == Hidden {
					keep[j] = InContext
				}
			}
		}
	}
	return keep
}

// A Palette colours the annotated transcript; every function is the
// identity when colour is off.
type Palette struct {
	rep, customer, other, tag, dim, warn func(a ...any) string
}

// NewPalette colours when mode is "always", or "auto" and w is a terminal
// (unless NO_COLOR is set or TERM is dumb).
func NewPalette(mode string, w io.Writer) Palette {
	on := mode == "always"
	if mode == "auto" {
		f, ok := w.(interface{ Fd() uintptr }) // an *os.File, or a writer in front of one
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
	return Palette{
		rep:      mk(color.FgBlue, color.Bold),
		customer: mk(color.FgGreen, color.Bold),
		other:    mk(color.Bold),
		tag:      mk(color.FgCyan),
		dim:      mk(color.Faint),
		warn:     mk(color.FgRed),
	}
}

// noticeable reports whether a coach should notice a tag first: what is to
// work on, a fault, or notable.
func noticeable(d *analyze.TagDef) bool {
	if d == nil {
		return false
	}
	switch d.Tone {
	case analyze.ToneWarn, analyze.ToneBad, analyze.ToneNeutral:
		return true
	}
	return false
}

// Annotated prints the transcript one sentence a line: line, time, speaker
// (on the first sentence of a turn), text, [tags], and the findings under
// the sentences they concern.
func Annotated(w io.Writer, sc *analyze.Scorecard, ann []analyze.Annotation, keep []Visibility, p Palette) {
	fmt.Fprintln(w, "Transcript")
	lastTurn, lastShown := -1, -1
	for i, a := range ann {
		if keep[i] == Hidden {
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
			who = Clean(a.Speaker) + ":"
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
		text := Clean(a.Text)
		if keep[i] == InContext {
			text = p.dim(text)
		}
		var tags []string
		for _, t := range a.Tags {
			label := "[" + t + "]"
			if noticeable(sc.Rubric.TagDef(t)) {
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
			fmt.Fprintf(w, "%15s  %s\n", "", p.warn("↳ "+Clean(f.Message)))
		}
	}
}
