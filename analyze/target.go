package analyze

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"
)

// A Unit says what a metric's value counts.
type Unit string

// The units.
const (
	UnitPercent Unit = "%"
	UnitCount   Unit = "count"
	UnitSeconds Unit = "s"
	UnitWords   Unit = "words"
	UnitWPM     Unit = "wpm"
	UnitPerMin  Unit = "per_min"
	UnitPer100  Unit = "per_100_words"
	UnitGrade   Unit = "grade" // 1 fully, 0.5 partly, 0 not at all
)

// A Target is what good looks like for a metric, with the weight the metric
// carries in the call's score.
type Target struct {
	Weight float64
	Good   Range // in this range the status is good
	Fair   Range // outside Good but in this range it is fair; elsewhere poor
	Why    string
}

// Status rates a metric against its target.
type Status string

// The statuses.
const (
	StatusGood Status = "good"
	StatusFair Status = "fair"
	StatusPoor Status = "poor"
	StatusNA   Status = "n/a"  // the metric could not be measured on this call
	StatusInfo Status = "info" // measured, but has no target
)

// Rate gives a value's status against the target.
func (t *Target) Rate(v float64) Status {
	switch {
	case t.Good.Contains(v):
		return StatusGood
	case t.Fair.Contains(v):
		return StatusFair
	}
	return StatusPoor
}

// A Range is a closed interval of values; an open side is ±Inf.
type Range struct{ Min, Max float64 }

// Contains reports whether v is in the range. Values are compared after
// rounding to the precision they are printed with, so that "43.0%" is never
// shown as outside 30..43.
func (r Range) Contains(v float64) bool {
	v = math.Round(v*10) / 10
	return v >= r.Min && v <= r.Max
}

// Any is the range that contains every value.
var Any = Range{math.Inf(-1), math.Inf(1)}

// String writes a range the way rubric files do: "30..50", ">= 11",
// "<= 76", "0".
func (r Range) String() string {
	lo, hi := !math.IsInf(r.Min, -1), !math.IsInf(r.Max, 1)
	switch {
	case lo && hi && r.Min == r.Max:
		return fmtNum(r.Min)
	case lo && hi:
		return fmtNum(r.Min) + ".." + fmtNum(r.Max)
	case lo:
		return ">= " + fmtNum(r.Min)
	case hi:
		return "<= " + fmtNum(r.Max)
	}
	return "any"
}

var rangeRE = regexp.MustCompile(`^\s*(?:(` + numRE + `)\s*\.\.\s*(` + numRE + `)|(>=|<=)\s*(` + numRE + `)|(` + numRE + `)|(any))\s*$`)

const numRE = `-?[0-9]+(?:\.[0-9]+)?`

// MaxRangeValue bounds the numbers of a range: no metric has values beyond
// it (a million seconds is eleven days), and a bound keeps a target from
// being a gate that nothing can fail.
const MaxRangeValue = 1e6

// ParseRange reads "30..50", ">= 11", "<= 76", "0" or "any".
func ParseRange(s string) (Range, error) {
	m := rangeRE.FindStringSubmatch(s)
	if m == nil {
		return Range{}, fmt.Errorf("want a range like 30..50, >= 11, <= 76 or 0, got %q", s)
	}
	num := func(x string) (float64, error) {
		var f float64
		_, err := fmt.Sscan(x, &f)
		if err != nil || !(math.Abs(f) <= MaxRangeValue) {
			return 0, fmt.Errorf("bad number %q in range %q (want -%s to %s)", x, s, fmtNum(MaxRangeValue), fmtNum(MaxRangeValue))
		}
		return f, nil
	}
	r := Any
	var err error
	switch {
	case m[1] != "":
		if r.Min, err = num(m[1]); err == nil {
			r.Max, err = num(m[2])
		}
		if err == nil && r.Min > r.Max {
			err = fmt.Errorf("range %q is empty: %s > %s", s, m[1], m[2])
		}
	case m[3] == ">=":
		r.Min, err = num(m[4])
	case m[3] == "<=":
		r.Max, err = num(m[4])
	case m[5] != "":
		r.Min, err = num(m[5])
		r.Max = r.Min
	}
	return r, err
}

func fmtNum(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return fmt.Sprintf("%d", int64(f))
	}
	return fmt.Sprintf("%g", f)
}

// Plural prints a count with its noun, singular for one: "1 turn",
// "2 turns", "0 words". Nouns taking "es" or irregular plurals are not
// handled: lastmile's are turns, words, sentences and switches.
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "ch") || strings.HasSuffix(noun, "s") {
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// FormatSeconds prints seconds for people: "0.8s", "45s", "1m12s", "1h02m".
func FormatSeconds(sec float64) string {
	switch {
	case sec < 10:
		return fmt.Sprintf("%.1fs", sec)
	case sec < 60:
		return fmt.Sprintf("%.0fs", sec)
	}
	d := time.Duration(math.Round(sec)) * time.Second
	if d < time.Hour {
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
}
