package render

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/lastmile/lastmile/analyze"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// Display formatting of values for people (tables, markdown, HTML). JSON
// and CSV carry raw numbers instead.

// formatValue prints a metric's value with its unit: "41%", "12", "1m12s",
// "0.8s", "180 words", "152 wpm", "3.2/min", "1.4/100w", "yes".
func formatValue(v float64, u analyze.Unit) string {
	switch u {
	case analyze.UnitPercent:
		return fmt.Sprintf("%.0f%%", v)
	case analyze.UnitCount:
		return fmt.Sprintf("%.0f", v)
	case analyze.UnitSeconds:
		return analyze.FormatSeconds(v)
	case analyze.UnitWords:
		if math.Round(v) == 1 {
			return "1 word"
		}
		return fmt.Sprintf("%.0f words", v)
	case analyze.UnitWPM:
		return fmt.Sprintf("%.0f wpm", v)
	case analyze.UnitPerMin:
		return fmt.Sprintf("%.1f/min", v)
	case analyze.UnitPer100:
		return fmt.Sprintf("%.1f/100w", v)
	case analyze.UnitGrade:
		switch {
		case v >= 1:
			return "yes"
		case v <= 0:
			return "no"
		}
		return "partly"
	}
	return trimFloat(v)
}

// lineLabel prints a source line number, or none for 0 (JSON sources).
func lineLabel(n int, none string) string {
	if n > 0 {
		return fmt.Sprint(n)
	}
	return none
}

// formatClock prints a position in the call as m:ss or h:mm:ss.
func formatClock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// formatTarget prints a target's good range with the unit: "35–50%",
// "≤ 1m30s", "≥ 11", "110–180 wpm", "0", "yes".
func formatTarget(t *analyze.Target, u analyze.Unit) string {
	if t == nil {
		return "—"
	}
	r := t.Good
	lo, hi := !math.IsInf(r.Min, -1), !math.IsInf(r.Max, 1)
	if u == analyze.UnitGrade {
		if lo && (!hi || r.Min == r.Max) {
			return formatValue(r.Min, u)
		}
	}
	num, suffix := trimFloat, unitSuffix(u)
	if u == analyze.UnitSeconds {
		num, suffix = analyze.FormatSeconds, ""
	}
	switch {
	case lo && hi && r.Min == r.Max:
		return num(r.Min) + suffix
	case lo && hi:
		return num(r.Min) + "–" + num(r.Max) + suffix
	case lo:
		return "≥ " + num(r.Min) + suffix
	case hi:
		return "≤ " + num(r.Max) + suffix
	}
	return "any"
}

// unitSuffix is what follows a number of that unit.
func unitSuffix(u analyze.Unit) string {
	switch u {
	case analyze.UnitPercent:
		return "%"
	case analyze.UnitWords:
		return " words"
	case analyze.UnitWPM:
		return " wpm"
	case analyze.UnitPerMin:
		return "/min"
	case analyze.UnitPer100:
		return "/100w"
	}
	return ""
}

func trimFloat(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	return strings.TrimSuffix(s, ".0")
}

// formatDuration prints a call's span of speech, or "untimed".
func formatDuration(s *analyze.Summary) string {
	if s.Timing == transcript.TimingNone {
		return "untimed"
	}
	return formatClock(s.Duration)
}

// sellerLabel prints the seller with a mark when guessed.
func sellerLabel(s *analyze.Summary) string {
	switch {
	case s.Seller == "":
		return "?"
	case s.SellerGuessed:
		return s.Seller + " (guess)"
	}
	return s.Seller
}
