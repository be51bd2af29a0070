package analyze

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/lastmile/lastmile/analyze/phrase"
)

// A Rubric holds what the scorecard measures against: each metric's target
// and weight, the phrase lists the detectors use, the team's sellers and
// the company's names. The default is built from the analyzers' own
// declarations; `lastmile rubric` prints it as YAML, and `--rubric FILE`
// loads an edited copy. A Rubric is read-only once made, and shared by
// every goroutine.
type Rubric struct {
	// Source is "default" or the file the rubric was read from.
	Source string
	// Sellers are names of the team's sellers: like --rep, a speaker whose
	// full or first name matches one is on the seller's side.
	Sellers []string
	// CompanyNames are the seller's company's names: the customer-focus
	// metric counts them as self-centred words, like "we".
	CompanyNames []string

	analyzers []*Analyzer
	shared    []*phrase.List
	metrics   map[string]*MetricDef
	tags      map[string]*TagDef
	tagOwner  map[string]*Analyzer
	findings  map[string]*FindingDef
	targets   map[string]*Target
	lists     map[string][]string
	phrases   map[string]*phrase.Matcher
	company   *phrase.Matcher
}

// RubricVersion is the version of the rubric file format.
const RubricVersion = 1

// NewRubric builds the default rubric for a set of analyzers from their
// declarations; shared are the phrase lists several analyzers read (the
// suite's backchannels).
func NewRubric(analyzers []*Analyzer, shared []*phrase.List) *Rubric {
	r := &Rubric{
		Source:    "default",
		analyzers: analyzers,
		shared:    shared,
		metrics:   make(map[string]*MetricDef),
		tags:      make(map[string]*TagDef),
		tagOwner:  make(map[string]*Analyzer),
		findings:  make(map[string]*FindingDef),
		targets:   make(map[string]*Target),
		lists:     make(map[string][]string),
		phrases:   make(map[string]*phrase.Matcher),
	}
	for _, l := range shared {
		r.lists[l.Name] = l.Default
		r.phrases[l.Name] = phrase.MustCompile(l.Name, l.Default)
	}
	for _, a := range analyzers {
		for _, m := range a.Metrics {
			r.metrics[m.Name] = m
			if m.Target != nil {
				t := *m.Target
				r.targets[m.Name] = &t
			}
		}
		for _, d := range a.Tags {
			r.tags[d.Name], r.tagOwner[d.Name] = d, a
		}
		for _, d := range a.Findings {
			r.findings[d.Name] = d
		}
		for _, l := range a.Phrases {
			r.lists[l.Name] = l.Default
			r.phrases[l.Name] = phrase.MustCompile(l.Name, l.Default)
		}
	}
	r.company = phrase.MustCompile("company_names", nil)
	return r
}

// clone returns a copy of r that can be changed without changing r.
func (r *Rubric) clone() *Rubric {
	c := *r
	c.Sellers = slices.Clone(r.Sellers)
	c.CompanyNames = slices.Clone(r.CompanyNames)
	c.targets = maps.Clone(r.targets)
	c.lists = maps.Clone(r.lists)
	c.phrases = maps.Clone(r.phrases)
	return &c
}

// Target returns a metric's target, or nil for an informational metric.
func (r *Rubric) Target(metric string) *Target { return r.targets[metric] }

// MetricDef returns the definition of a metric, or nil.
func (r *Rubric) MetricDef(metric string) *MetricDef { return r.metrics[metric] }

// TagDef returns the declaration of a sentence tag, or nil.
func (r *Rubric) TagDef(tag string) *TagDef { return r.tags[tag] }

// FindingDef returns the declaration of a kind of finding, or nil.
func (r *Rubric) FindingDef(kind string) *FindingDef { return r.findings[kind] }

// Phrases returns a compiled phrase list. Asking for a list no analyzer
// declared is a programming error.
func (r *Rubric) Phrases(name string) *phrase.Matcher {
	p, ok := r.phrases[name]
	if !ok {
		panic(fmt.Sprintf("lastmile: no phrase list %q is declared", name))
	}
	return p
}

// List returns the entries of a phrase list, as written.
func (r *Rubric) List(name string) []string { return r.lists[name] }

// Lists returns the phrase lists' declarations: the shared ones, then each
// analyzer's, in order.
func (r *Rubric) Lists() []*phrase.List {
	lists := slices.Clone(r.shared)
	for _, a := range r.analyzers {
		lists = append(lists, a.Phrases...)
	}
	return lists
}

// Company returns the company names as a phrase list.
func (r *Rubric) Company() *phrase.Matcher { return r.company }

// Analyzers returns the analyzers the rubric was built for.
func (r *Rubric) Analyzers() []*Analyzer { return r.analyzers }

// A RubricError is a mistake in a rubric file, at a key and line.
type RubricError struct {
	File string
	Line int
	Key  string // dotted path: "metrics.talk_ratio.good"
	Msg  string
}

func (e *RubricError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, ": %s", e.Key)
	}
	fmt.Fprintf(&b, ": %s", e.Msg)
	return b.String()
}

// LoadRubric reads a rubric file over base (usually the suite's default):
// what the file sets replaces base's setting, what it leaves out keeps it.
// Any key the rubric does not know, and any value of the wrong shape, is an
// error naming the key and line. base is not changed.
func LoadRubric(file string, data []byte, base *Rubric) (*Rubric, error) {
	r := base.clone()
	r.Source = file
	fail := func(n *yaml.Node, key, format string, args ...any) error {
		line := 0
		if n != nil {
			line = n.Line
		}
		return &RubricError{File: file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		if _, err := fmt.Sscanf(msg, "line %d:", &line); err == nil {
			msg = strings.TrimSpace(msg[strings.IndexByte(msg, ':')+1:])
		}
		return nil, &RubricError{File: file, Line: line, Msg: "not valid YAML: " + msg}
	}
	if len(doc.Content) == 0 {
		return nil, fail(nil, "", "empty rubric")
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fail(root, "", "want a mapping of keys (version, sellers, company_names, metrics, phrases)")
	}
	err := eachKey(root, "", fail, func(key string, k, v *yaml.Node) error {
		switch key {
		case "version":
			if v.Kind != yaml.ScalarNode || v.Value != fmt.Sprint(RubricVersion) {
				return fail(v, key, "this lastmile reads rubric version %d, got %q", RubricVersion, v.Value)
			}
		case "sellers":
			list, err := stringList(v, key, fail)
			if err != nil {
				return err
			}
			r.Sellers = list
		case "company_names":
			list, err := stringList(v, key, fail)
			if err != nil {
				return err
			}
			p, err := phrase.Compile(key, list)
			if err != nil {
				return fail(v, key, "%v", err)
			}
			r.CompanyNames, r.company = list, p
		case "metrics":
			return eachKey(v, key, fail, func(name string, k, mv *yaml.Node) error {
				def := r.metrics[name]
				if def == nil {
					return fail(k, key+"."+name, "no such metric (see `lastmile rubric` for the list)")
				}
				t, err := parseTarget(k, mv, key+"."+name, r.targets[name], fail)
				if err != nil {
					return err
				}
				if t == nil {
					delete(r.targets, name)
				} else {
					r.targets[name] = t
				}
				return nil
			})
		case "phrases":
			return eachKey(v, key, fail, func(name string, k, lv *yaml.Node) error {
				if _, ok := r.lists[name]; !ok {
					return fail(k, key+"."+name, "no such phrase list (see `lastmile rubric` for the list)")
				}
				list, err := stringList(lv, key+"."+name, fail)
				if err != nil {
					return err
				}
				p, err := phrase.Compile(name, list)
				if err != nil {
					return fail(lv, key+"."+name, "%v", err)
				}
				r.lists[name], r.phrases[name] = list, p
				return nil
			})
		default:
			return fail(k, key, "unknown key (want version, sellers, company_names, metrics or phrases)")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

type failFunc func(n *yaml.Node, key, format string, args ...any) error

// eachKey calls fn for every key of a mapping node, rejecting duplicates.
func eachKey(n *yaml.Node, path string, fail failFunc, fn func(key string, k, v *yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return fail(n, path, "want a mapping")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		full := k.Value
		if path != "" {
			full = path + "." + k.Value
		}
		if seen[k.Value] {
			return fail(k, full, "given twice")
		}
		seen[k.Value] = true
		if err := fn(k.Value, k, v); err != nil {
			return err
		}
	}
	return nil
}

func stringList(n *yaml.Node, key string, fail failFunc) ([]string, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, fail(n, key, "want a list of strings")
	}
	list := make([]string, 0, len(n.Content))
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || strings.TrimSpace(item.Value) == "" {
			return nil, fail(item, key, "want a non-empty string")
		}
		list = append(list, item.Value)
	}
	return list, nil
}

// MaxWeight bounds a metric's weight: weights far beyond it overflow the
// weighted mean (1e308 + 1e308 is +Inf, and the call gets no score, which
// a --fail-under gate would let pass).
const MaxWeight = 1e6

// parseTarget reads a metric's target. weight 0 without good makes the
// metric informational (nil).
func parseTarget(keyNode, n *yaml.Node, key string, def *Target, fail failFunc) (*Target, error) {
	t := &Target{Weight: 1, Good: Any, Fair: Any}
	if def != nil {
		*t = *def
	}
	var hasGood, hasFair, hasWeight bool
	err := eachKey(n, key, fail, func(field string, k, v *yaml.Node) error {
		if v.Kind != yaml.ScalarNode {
			return fail(v, key+"."+field, "want a single value")
		}
		switch field {
		case "weight":
			var w float64
			if _, err := fmt.Sscan(v.Value, &w); err != nil || !(w >= 0 && w <= MaxWeight) {
				return fail(v, key+"."+field, "want a number from 0 to %s, got %q", fmtNum(MaxWeight), v.Value)
			}
			t.Weight, hasWeight = w, true
		case "good", "fair":
			rg, err := ParseRange(v.Value)
			if err != nil {
				return fail(v, key+"."+field, "%v", err)
			}
			if field == "good" {
				t.Good, hasGood = rg, true
			} else {
				t.Fair, hasFair = rg, true
			}
		case "why":
			t.Why = v.Value
		default:
			return fail(k, key+"."+field, "unknown key (want weight, good, fair or why)")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if def == nil && !hasGood {
		if hasWeight && t.Weight > 0 || hasFair {
			return nil, fail(keyNode, key, "an informational metric needs a good range to be scored")
		}
		return nil, nil
	}
	if hasGood && !hasFair && def == nil {
		t.Fair = t.Good
	}
	if t.Good.Min < t.Fair.Min || t.Good.Max > t.Fair.Max {
		return nil, fail(keyNode, key, "good (%s) must lie inside fair (%s)", t.Good, t.Fair)
	}
	return t, nil
}

// WriteYAML writes the rubric as a commented YAML file that LoadRubric
// reads back to an equal rubric.
func (r *Rubric) WriteYAML(w io.Writer) error {
	b := bufio.NewWriter(w)
	q := func(s string) string {
		// A JSON string is a YAML double-quoted scalar; without HTML
		// escaping, ">= 50" stays readable instead of "\u003e= 50".
		var j bytes.Buffer
		enc := json.NewEncoder(&j)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		return strings.TrimSuffix(j.String(), "\n")
	}
	qlist := func(l []string) string {
		parts := make([]string, len(l))
		for i, s := range l {
			parts[i] = q(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	fmt.Fprintf(b, `# lastmile rubric: what a good sales call looks like.
#
# Edit a copy and pass it with --rubric FILE. Keys left out keep their
# defaults; an unknown key or a bad value is an error naming it.
# Ranges read "30..50", ">= 11", "<= 76", "0" or "any". A metric's status is
# good inside "good", fair inside "fair", poor elsewhere. The call's score is
# 100 x the weighted mean of its statuses (good 1, fair 0.5, poor 0), over
# the metrics that could be measured. A metric with weight 0 and no "good"
# is informational.
# Phrases are matched word by word, ignoring case and punctuation;
# "*" stands for any one word, "..." for up to six words.
version: %d

# Your sellers' names (full or first): they are the seller's side, like --rep.
sellers: %s

# Your company's names: counted as self-centred words, like "we".
company_names: %s

metrics:
`, RubricVersion, qlist(r.Sellers), qlist(r.CompanyNames))
	for _, a := range r.analyzers {
		for _, m := range a.Metrics {
			fmt.Fprintf(b, "  # %s (%s): %s\n", m.Title, unitLabel(m.Unit), m.Doc)
			fmt.Fprintf(b, "  %s:\n", m.Name)
			t := r.targets[m.Name]
			if t == nil {
				fmt.Fprintf(b, "    weight: 0\n")
				continue
			}
			fmt.Fprintf(b, "    weight: %s\n    good: %s\n    fair: %s\n", fmtNum(t.Weight), q(t.Good.String()), q(t.Fair.String()))
			if t.Why != "" {
				fmt.Fprintf(b, "    why: %s\n", q(t.Why))
			}
		}
	}
	b.WriteString("\nphrases:\n")
	{
		for _, l := range r.Lists() {
			for _, line := range strings.Split(l.Doc, "\n") {
				fmt.Fprintf(b, "  # %s\n", line)
			}
			fmt.Fprintf(b, "  %s:\n", l.Name)
			list := r.lists[l.Name]
			if len(list) == 0 {
				fmt.Fprintf(b, "    []\n")
			}
			for _, p := range list {
				fmt.Fprintf(b, "    - %s\n", q(p))
			}
		}
	}
	return b.Flush()
}

func unitLabel(u Unit) string {
	switch u {
	case UnitPercent:
		return "percent"
	case UnitCount:
		return "count"
	case UnitSeconds:
		return "seconds"
	case UnitWords:
		return "words"
	case UnitWPM:
		return "words per minute"
	case UnitPerMin:
		return "per minute"
	case UnitPer100:
		return "per 100 words"
	case UnitGrade:
		return "1 fully, 0.5 partly, 0 not at all"
	}
	return string(u)
}

// Equal reports whether two rubrics hold the same settings; it is what the
// round-trip test of WriteYAML and LoadRubric checks.
func (r *Rubric) Equal(o *Rubric) bool {
	var a, b bytes.Buffer
	r.WriteYAML(&a)
	o.WriteYAML(&b)
	return bytes.Equal(a.Bytes(), b.Bytes())
}
