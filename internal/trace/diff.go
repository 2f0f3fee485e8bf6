package trace

import (
	"fmt"
	"strings"
)

// Diff returns a unified diff from a to b with three lines of context, or
// "" when they are equal. The names label the "---" and "+++" lines.
func Diff(aName, bName, a, b string) string {
	if a == b {
		return ""
	}
	x, y := splitLines(a), splitLines(b)
	ops := lcsOps(x, y)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", aName, bName)
	const context = 3
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		// A hunk starts context lines before the first change and extends
		// while changes are at most 2*context lines apart.
		start := max(i-context, 0)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j
			} else if j-end > 2*context {
				break
			}
		}
		stop := min(end+context+1, len(ops))
		writeHunk(&out, ops[start:stop])
		i = stop
	}
	return out.String()
}

type op struct {
	kind         byte // ' ', '-', '+'
	line         string
	aLine, bLine int // 1-based line numbers before this op
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// lcsOps computes an edit script through the longest common subsequence.
// Traces are short, so the quadratic table is fine; very long inputs fall
// back to replacing everything after the common prefix and suffix.
func lcsOps(x, y []string) []op {
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	mx, my := x[pre:len(x)-suf], y[pre:len(y)-suf]
	var mid []byte // edit kinds for the middle part
	if len(mx)*len(my) > 4_000_000 {
		for range mx {
			mid = append(mid, '-')
		}
		for range my {
			mid = append(mid, '+')
		}
	} else {
		mid = lcsKinds(mx, my)
	}
	var ops []op
	ai, bi := 1, 1
	add := func(kind byte, line string) {
		ops = append(ops, op{kind, line, ai, bi})
		switch kind {
		case ' ':
			ai++
			bi++
		case '-':
			ai++
		case '+':
			bi++
		}
	}
	for _, l := range x[:pre] {
		add(' ', l)
	}
	i, j := 0, 0
	for _, k := range mid {
		switch k {
		case ' ':
			add(' ', mx[i])
			i++
			j++
		case '-':
			add('-', mx[i])
			i++
		case '+':
			add('+', my[j])
			j++
		}
	}
	for _, l := range x[len(x)-suf:] {
		add(' ', l)
	}
	return ops
}

func lcsKinds(x, y []string) []byte {
	n, m := len(x), len(y)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var kinds []byte
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			kinds = append(kinds, ' ')
			i++
			j++
		case i < n && (j == m || t[i+1][j] >= t[i][j+1]):
			kinds = append(kinds, '-')
			i++
		default:
			kinds = append(kinds, '+')
			j++
		}
	}
	return kinds
}

func writeHunk(out *strings.Builder, ops []op) {
	aStart, bStart := ops[0].aLine, ops[0].bLine
	aLen, bLen := 0, 0
	for _, o := range ops {
		if o.kind != '+' {
			aLen++
		}
		if o.kind != '-' {
			bLen++
		}
	}
	if aLen == 0 {
		aStart--
	}
	if bLen == 0 {
		bStart--
	}
	fmt.Fprintf(out, "@@ -%d,%d +%d,%d @@\n", aStart, aLen, bStart, bLen)
	for _, o := range ops {
		out.WriteByte(o.kind)
		out.WriteString(o.line)
		if !strings.HasSuffix(o.line, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}
