// Package trace normalizes the observable output of a program run (its
// stdout, stderr and exit code) so that a CPython run and a run of the
// translated Go program can be compared line by line.
//
// A trace is stdout, then a line "--- stderr ---" followed by stderr when
// stderr is not empty, then a line "--- exit N ---":
//
//	hello
//	--- stderr ---
//	Traceback (most recent call last):
//	...
//	--- exit 1 ---
//
// Normalize replaces what legitimately differs between two runs: wall-clock
// timestamps, thread identities, absolute paths, object addresses and line
// numbers inside CPython's own library files.
package trace

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Format assembles a trace from a run's stdout, stderr and exit code.
func Format(stdout, stderr string, exitCode int) string {
	var b strings.Builder
	b.WriteString(stdout)
	if stdout != "" && !strings.HasSuffix(stdout, "\n") {
		b.WriteString("\n")
	}
	if stderr != "" {
		b.WriteString("--- stderr ---\n")
		b.WriteString(stderr)
		if !strings.HasSuffix(stderr, "\n") {
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "--- exit %d ---\n", exitCode)
	return b.String()
}

// Options adjusts Normalize.
type Options struct {
	// KeepInts leaves integers of 9 or more digits alone. Programs that
	// print big integers on purpose (and no thread identities) set it.
	KeepInts bool
}

// Normalize applies the default normalization; see NormalizeWith.
func Normalize(s string) string { return NormalizeWith(s, Options{}) }

// NormalizeWith rewrites, in this order:
//
//   - timestamps "YYYY-MM-DD HH:MM:SS.ffffff" (as str(datetime.now())
//     prints them) into their offset from the first timestamp of the trace,
//     rounded to 0.1 s: "+0.0", "+1.0";
//   - line numbers inside CPython's own files ("base_events.py:181",
//     `File "/usr/lib/python3.11/asyncio/runners.py", line 190`) into "N";
//   - absolute paths into their base name;
//   - object addresses in reprs ("at 0x7f3a2c1d2e50>") into "at 0xA1>",
//     "at 0xA2>"… by first appearance;
//   - integers of 9 or more digits (thread identities) into "T1", "T2"… by
//     first appearance, unless opts.KeepInts.
//
// Line endings become "\n".
func NormalizeWith(s string, opts Options) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = timestamps(s)
	s = libraryLines(s)
	s = paths(s)
	s = addresses(s)
	if !opts.KeepInts {
		s = bigInts(s)
	}
	return s
}

var timestampRE = regexp.MustCompile(`\b(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(\.\d{1,6})?\b`)

func timestamps(s string) string {
	var first time.Time
	seen := false
	return timestampRE.ReplaceAllStringFunc(s, func(m string) string {
		t, err := time.Parse("2006-01-02 15:04:05", m)
		if err != nil {
			return m
		}
		if !seen {
			first, seen = t, true
		}
		d := math.Round(t.Sub(first).Seconds()*10) / 10
		if d == 0 {
			d = 0 // no "-0.0"
		}
		return fmt.Sprintf("%+.1f", d)
	})
}

// pathRE matches an absolute path: a run of "/segment" not preceded by a
// word character, a dot or a slash (so "a/b", "10/3" and URLs stay).
var pathRE = regexp.MustCompile(`(^|[^\w./])((?:/[\w.+@~-]+)+)`)

func paths(s string) string {
	return pathRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := pathRE.FindStringSubmatch(m)
		p := sub[2]
		return sub[1] + p[strings.LastIndexByte(p, '/')+1:]
	})
}

// libraryDirRE recognizes a directory of CPython's standard library.
var libraryDirRE = regexp.MustCompile(`/lib/python\d|/python\d+\.\d+/|/asyncio/|/concurrent/futures/`)

// libraryModules are the standard-library files that appear in asyncio
// reprs and tracebacks; a runtime imitating them may print them bare.
var libraryModules = map[string]bool{
	"base_events.py": true, "base_futures.py": true, "base_subprocess.py": true,
	"base_tasks.py": true, "coroutines.py": true, "events.py": true,
	"futures.py": true, "locks.py": true, "queues.py": true, "runners.py": true,
	"selector_events.py": true, "streams.py": true, "subprocess.py": true,
	"taskgroups.py": true, "tasks.py": true, "threads.py": true,
	"timeouts.py": true, "unix_events.py": true, "threading.py": true,
	"thread.py": true, "_base.py": true, "selectors.py": true,
}

var (
	colonLineRE = regexp.MustCompile(`((?:/[\w.+@~-]+)*/)?([\w.+@~-]+\.py):(\d+)`)
	fileLineRE  = regexp.MustCompile(`File "([^"\n]*/)?([^"/\n]+\.py)", line (\d+)`)
)

func isLibrary(dir, base string) bool {
	if dir != "" {
		return libraryDirRE.MatchString(dir)
	}
	return libraryModules[base]
}

func libraryLines(s string) string {
	s = colonLineRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := colonLineRE.FindStringSubmatch(m)
		if !isLibrary(sub[1], sub[2]) {
			return m
		}
		return sub[1] + sub[2] + ":N"
	})
	return fileLineRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := fileLineRE.FindStringSubmatch(m)
		if !isLibrary(sub[1], sub[2]) {
			return m
		}
		return `File "` + sub[1] + sub[2] + `", line N`
	})
}

var addressRE = regexp.MustCompile(`\bat 0x[0-9a-fA-F]+>`)

func addresses(s string) string {
	ids := map[string]string{}
	return addressRE.ReplaceAllStringFunc(s, func(m string) string {
		if id, ok := ids[m]; ok {
			return id
		}
		id := "at 0xA" + strconv.Itoa(len(ids)+1) + ">"
		ids[m] = id
		return id
	})
}

// bigIntRE matches a run of 9 or more digits that is a whole number: not
// part of a word, of a float ("0.300000000000004", "1234567890.5") or of
// an exponent.
var bigIntRE = regexp.MustCompile(`(^|[^\w.])(\d{9,})($|[^\w.]|\.(?:[^\d]|$))`)

func bigInts(s string) string {
	ids := map[string]string{}
	name := func(n string) string {
		if id, ok := ids[n]; ok {
			return id
		}
		id := "T" + strconv.Itoa(len(ids)+1)
		ids[n] = id
		return id
	}
	// The pattern consumes one character on each side; loop so that two
	// numbers separated by a single character are both found.
	for {
		changed := false
		s = bigIntRE.ReplaceAllStringFunc(s, func(m string) string {
			sub := bigIntRE.FindStringSubmatch(m)
			changed = true
			return sub[1] + name(sub[2]) + sub[3]
		})
		if !changed {
			return s
		}
	}
}
