package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Run is one measured execution of a program.
type Run struct {
	Wall      time.Duration
	CPU       time.Duration // user + system time of the process and its waited-for children
	MaxRSSKiB int64         // ru_maxrss from wait4: KiB on Linux
}

// Pair is one CPython run and one Go run made back to back.
type Pair struct {
	Python, Go Run
}

// Result is everything the table shows for one benchmark.
type Result struct {
	Name      string
	Target    Target
	HasTarget bool
	Pairs     []Pair
	Err       string // why there are no timings (build failure, output mismatch)
}

// Summary is the statistics of a Result's pairs.
type Summary struct {
	PythonWall, GoWall time.Duration // medians
	Speedup            float64       // median of per-pair CPython/Go wall-time ratios
	PythonRSS, GoRSS   int64         // median peak RSS, KiB
	RSSRatio           float64       // GoRSS / PythonRSS
}

// median returns the median of xs (the mean of the two middle values when
// len(xs) is even). It does not modify xs. The median of nothing is 0.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// pairedRatios returns CPython wall time divided by Go wall time for each pair.
func pairedRatios(pairs []Pair) []float64 {
	r := make([]float64, len(pairs))
	for i, p := range pairs {
		r[i] = p.Python.Wall.Seconds() / p.Go.Wall.Seconds()
	}
	return r
}

// summarize computes the medians and ratios of a set of pairs.
func summarize(pairs []Pair) Summary {
	var pw, gw, pr, gr []float64
	for _, p := range pairs {
		pw = append(pw, float64(p.Python.Wall))
		gw = append(gw, float64(p.Go.Wall))
		pr = append(pr, float64(p.Python.MaxRSSKiB))
		gr = append(gr, float64(p.Go.MaxRSSKiB))
	}
	s := Summary{
		PythonWall: time.Duration(median(pw)),
		GoWall:     time.Duration(median(gw)),
		Speedup:    median(pairedRatios(pairs)),
		PythonRSS:  int64(median(pr)),
		GoRSS:      int64(median(gr)),
	}
	if s.PythonRSS > 0 {
		s.RSSRatio = float64(s.GoRSS) / float64(s.PythonRSS)
	}
	return s
}

// SpeedMet and RSSMet report whether a summary meets a target.
func (s Summary) SpeedMet(t Target) bool { return s.Speedup >= t.Speedup }
func (s Summary) RSSMet(t Target) bool   { return s.RSSRatio <= t.RSSRatio }

// Met reports whether the result has timings and meets its target, if any.
func (r Result) Met() bool {
	if r.Err != "" || len(r.Pairs) == 0 {
		return false
	}
	if !r.HasTarget {
		return true
	}
	s := summarize(r.Pairs)
	return s.SpeedMet(r.Target) && s.RSSMet(r.Target)
}

// formatDuration prints a wall time with three significant digits.
func formatDuration(d time.Duration) string {
	switch s := d.Seconds(); {
	case s >= 10:
		return fmt.Sprintf("%.1f s", s)
	case s >= 1:
		return fmt.Sprintf("%.2f s", s)
	default:
		return fmt.Sprintf("%.0f ms", s*1000)
	}
}

func formatMiB(kib int64) string { return fmt.Sprintf("%.1f MiB", float64(kib)/1024) }

// formatRatio prints a measured speed-up with enough digits that a value
// just below a target never prints as the target.
func formatRatio(x float64) string {
	if x >= 10 {
		return fmt.Sprintf("%.1f×", x)
	}
	return fmt.Sprintf("%.2f×", x)
}

// formatRSSRatio prints an RSS ratio with two decimals, so that a ratio just
// above a bound of 1× does not print as 1×.
func formatRSSRatio(x float64) string { return fmt.Sprintf("%.2f×", x) }

// formatBound prints a target as written in the target list.
func formatBound(x float64) string { return fmt.Sprintf("%g×", x) }

// Table renders results as a markdown table, one row per result.
func Table(results []Result) string {
	var b strings.Builder
	b.WriteString("| bench | CPython median | Go median | paired speed-up | target | RSS CPython | RSS Go | RSS ratio | target | met? |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
	for _, r := range results {
		speedTarget, rssTarget := "—", "—"
		if r.HasTarget {
			speedTarget = "≥ " + formatBound(r.Target.Speedup)
			rssTarget = "≤ " + formatBound(r.Target.RSSRatio)
		}
		if r.Err != "" || len(r.Pairs) == 0 {
			msg := r.Err
			if msg == "" {
				msg = "no runs"
			}
			fmt.Fprintf(&b, "| %s | — | — | — | %s | — | — | — | %s | **no**: %s |\n",
				r.Name, speedTarget, rssTarget, msg)
			continue
		}
		s := summarize(r.Pairs)
		met := "yes"
		if r.HasTarget {
			var missed []string
			if !s.SpeedMet(r.Target) {
				missed = append(missed, "speed")
			}
			if !s.RSSMet(r.Target) {
				missed = append(missed, "RSS")
			}
			if len(missed) > 0 {
				met = "**no**: " + strings.Join(missed, ", ")
			}
		} else {
			met = "no target"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			r.Name, formatDuration(s.PythonWall), formatDuration(s.GoWall),
			formatRatio(s.Speedup), speedTarget,
			formatMiB(s.PythonRSS), formatMiB(s.GoRSS), formatRSSRatio(s.RSSRatio), rssTarget, met)
	}
	return b.String()
}
