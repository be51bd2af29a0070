package main

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestMemBudget: files whose estimated cost exceeds the budget together
// are not held at once; one larger than the whole budget still runs
// alone; a wait gives way to cancellation.
func TestMemBudget(t *testing.T) {
	m := newMemBudget(100)
	var inFlight, most atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, ok := m.acquire(context.Background(), 60)
			if !ok {
				t.Error("acquire failed")
				return
			}
			cur := inFlight.Add(1)
			for {
				old := most.Load()
				if cur <= old || most.CompareAndSwap(old, cur) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond)
			inFlight.Add(-1)
			m.release(n)
		}()
	}
	wg.Wait()
	if most.Load() != 1 {
		t.Errorf("%d files of cost 60 held at once in a budget of 100, want 1", most.Load())
	}

	n, ok := m.acquire(context.Background(), 1000) // more than the budget: alone
	if !ok || n != 100 {
		t.Fatalf("acquire(1000) = %d, %v; want 100, true", n, ok)
	}
	small, ok := m.acquire(context.Background(), 0) // a failed input costs nothing
	if !ok || small != 0 {
		t.Fatalf("acquire(0) = %d, %v", small, ok)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, ok := m.acquire(ctx, 1); ok {
		t.Error("acquire did not wait for the budget")
	}
	m.release(n)
	if _, ok := m.acquire(context.Background(), 100); !ok {
		t.Error("the budget was not given back")
	}
}
