package main

import (
	"bufio"
	"context"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"

	"github.com/lastmile/lastmile/analyze/read"
)

// Reading and scoring a file holds many times its size at the peak: about
// twenty times for ordinary calls, and up to sixty for a file of millions
// of one-word turns (measured with /usr/bin/time -v). With --jobs N, N such
// files at once could push a machine into swap, so the workers share a
// memory budget: each file takes its estimated cost before it is read and
// gives it back when scored. A file that needs more than the whole budget
// still runs, alone. Ordinary calls (tens of kilobytes) never wait.

// costPerByte is the estimated peak memory per byte of a file: the worst
// shape measured, so that the budget errs on the safe side.
const costPerByte = 60

// memBudget is a counting semaphore of bytes.
type memBudget struct {
	mu      sync.Mutex
	limit   int64
	used    int64
	changed chan struct{} // closed and replaced when used goes down
}

func newMemBudget(limit int64) *memBudget {
	return &memBudget{limit: max(limit, 1), changed: make(chan struct{})}
}

// acquire waits until n bytes fit in the budget (or nothing else is held)
// and takes them; it returns what was taken, n capped at the limit, or
// false when ctx is done first.
func (m *memBudget) acquire(ctx context.Context, n int64) (int64, bool) {
	n = min(max(n, 0), m.limit)
	for {
		m.mu.Lock()
		if m.used == 0 || m.used+n <= m.limit {
			m.used += n
			m.mu.Unlock()
			return n, true
		}
		wait := m.changed
		m.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return 0, false
		}
	}
}

func (m *memBudget) release(n int64) {
	if n == 0 {
		return
	}
	m.mu.Lock()
	m.used -= n
	close(m.changed)
	m.changed = make(chan struct{})
	m.mu.Unlock()
}

// inputCost estimates what reading and scoring an input holds at its peak.
// An input of unknown size (standard input, a pipe) is taken at the
// largest a file may be.
func inputCost(in input) int64 {
	if in.err != nil {
		return 0
	}
	if in.path != stdinName {
		if info, err := os.Stat(in.path); err == nil && info.Mode().IsRegular() {
			return min(info.Size(), read.MaxFileSize) * costPerByte
		}
	}
	return read.MaxFileSize * costPerByte
}

// defaultMemBudget is the memory the files in flight may hold: the limit
// set with GOMEMLIMIT, when it is set, else half of the memory available
// (MemAvailable in /proc/meminfo), else 2 GiB.
func defaultMemBudget() int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		if l := debug.SetMemoryLimit(-1); l > 0 && l < 1<<62 {
			return l
		}
	}
	avail := memAvailable()
	if limit := cgroupMemoryLimit(); limit > 0 && (avail == 0 || limit < avail) {
		avail = limit // a container's limit, which /proc/meminfo does not show
	}
	if avail > 0 {
		return avail / 2
	}
	return 2 << 30
}

// cgroupMemoryLimit is the memory left under a cgroup v2 limit
// (memory.max less memory.current), or 0 when there is none.
func cgroupMemoryLimit() int64 {
	num := func(path string) int64 {
		b, err := os.ReadFile(path)
		if err != nil {
			return 0
		}
		n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64) // "max" is no limit
		if err != nil {
			return 0
		}
		return n
	}
	limit := num("/sys/fs/cgroup/memory.max")
	if limit <= 0 {
		return 0
	}
	return max(limit-num("/sys/fs/cgroup/memory.current"), 1)
}

func memAvailable() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemAvailable:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
