package codegen

import "go/token"

// goReserved are the names a Python identifier cannot keep in Go: keywords,
// predeclared identifiers, main/init, the packages generated code imports
// and err, which generated code uses for errors.
var goReserved = map[string]bool{
	"any": true, "append": true, "bool": true, "byte": true, "cap": true, "clear": true,
	"close": true, "comparable": true, "complex": true, "complex64": true, "complex128": true,
	"copy": true, "delete": true, "error": true, "false": true, "float32": true, "float64": true,
	"imag": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"iota": true, "len": true, "make": true, "max": true, "min": true, "new": true, "nil": true,
	"panic": true, "print": true, "println": true, "real": true, "recover": true, "rune": true,
	"string": true, "true": true, "uint": true, "uint8": true, "uint16": true, "uint32": true,
	"uint64": true, "uintptr": true,
	"main": true, "init": true,
	"rt": true, "fmt": true, "strconv": true, "slices": true, "strings": true,
	"err": true,
}

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
}

func newNamer() *namer { return &namer{used: map[string]bool{}} }

func (n *namer) reserve(name string) { n.used[name] = true }

// fresh returns base, or base2, base3... whichever is unused.
func (n *namer) fresh(base string) string {
	name := base
	for i := 2; n.used[name] || n.base[name] || goReserved[name] || token.IsKeyword(name); i++ {
		name = base + itoa(i)
	}
	n.used[name] = true
	return name
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
