package read

import (
	"fmt"
	"time"
)

// parseClock reads a clock time as transcripts write it: "1:02:03",
// "01:02:03.450", "02:03", "2:03,45", "00:02:03,450". Every field after a
// colon has two digits. It reports ok=false when s is not shaped like a
// time at all ("2:1", "10:30am"), and an error when it is shaped like one
// but impossible ("00:61:00"). Without hours, minutes may exceed 59 (long
// recordings written as mm:ss); with hours they may not.
func parseClock(s string) (d time.Duration, ok bool, err error) {
	var fields [3]int
	n := 0
	i := 0
	for {
		start := i
		v := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' && i-start < 6 {
			v = v*10 + int(s[i]-'0')
			i++
		}
		if i == start || i-start > 5 || n > 0 && i-start != 2 {
			return 0, false, nil
		}
		fields[n] = v
		n++
		if i < len(s) && s[i] == ':' && n < 3 {
			i++
			continue
		}
		break
	}
	if n < 2 {
		return 0, false, nil
	}
	var frac time.Duration
	if i < len(s) && (s[i] == '.' || s[i] == ',') {
		i++
		start := i
		scale := time.Duration(100 * time.Millisecond)
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if i-start < 9 {
				frac += time.Duration(s[i]-'0') * scale
				scale /= 10
			}
			i++
		}
		if i == start {
			return 0, false, nil
		}
	}
	if i != len(s) {
		return 0, false, nil
	}
	var h, m, sec int
	if n == 3 {
		h, m, sec = fields[0], fields[1], fields[2]
		if m > 59 {
			return 0, true, fmt.Errorf("timestamp %q: minutes out of range", s)
		}
	} else {
		m, sec = fields[0], fields[1]
	}
	if sec > 59 {
		return 0, true, fmt.Errorf("timestamp %q: seconds out of range", s)
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second + frac, true, nil
}
