package codegen

import (
	"go/token"

	"github.com/pyasync2go/pyasync2go/rt"
)

// goReserved are the names a Python identifier cannot keep in Go; the
// runtime's tracebacks undo the renaming with the same table.
var goReserved = rt.ReservedNames

// goName returns the Go spelling of a Python name: the name itself, or the
// name followed by "_" when Go reserves it (main -> main_, len -> len_).
func goName(py string) string {
	if token.IsKeyword(py) || goReserved[py] {
		return py + "_"
	}
	return py
}

// namer hands out fresh names for temporaries within one function.
type namer struct {
	used map[string]bool
	// base holds names reserved in every function (the module's), shared
	// rather than copied so that translation stays linear.
	base map[string]bool
	// next is where fresh resumes counting for each base name: the names
	// below it are taken, so many temporaries of one base stay linear.
	next map[string]int
}

func newNamer() *namer { return &namer{used: map[string]bool{}} }

func (n *namer) reserve(name string) { n.used[name] = true }

// fresh returns base, or base2, base3... whichever is unused.
func (n *namer) fresh(base string) string {
	name := base
	i := 2
	if k := n.next[base]; k > 0 {
		name, i = base+itoa(k), k
	}
	for n.used[name] || n.base[name] || goReserved[name] || token.IsKeyword(name) {
		name = base + itoa(i)
		i++
	}
	n.used[name] = true
	if name != base {
		if n.next == nil {
			n.next = map[string]int{}
		}
		n.next[base] = i
	}
	return name
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
