// Package driver runs the pyasync2go pipeline: it reads a Python file,
// translates it to Go (grammar, check, codegen), builds the Go program
// against the runtime in a cached module, and runs the binary.
//
// Builds are cached under CacheDir. The module used to build programs
// holds the source of package rt (embedded in pyasync2go, see
// pyasync2go.RuntimeFiles) and a replace directive pointing at it, so
// building needs neither network access nor a checkout of pyasync2go.
package driver

import (
	"errors"
	"fmt"
	"time"
)

// Options controls translation.
type Options struct {
	// Package is the Go package name; "" means a main program.
	Package string
	// NoLine leaves out the //line directives that map Go back to Python.
	NoLine bool
	// Comments puts each Python statement as a comment above its Go.
	Comments bool
	// Stackless runs the tasks of simple async functions without a
	// goroutine each (codegen.Options.Stackless).
	Stackless bool
	// Stats, when not nil, receives figures about the translation.
	Stats *Stats
}

// key is the part of the options that changes the output.
func (o Options) key() string {
	return fmt.Sprintf("package=%q noline=%v comments=%v stackless=%v", o.Package, o.NoLine, o.Comments, o.Stackless)
}

// A Translator turns a decoded Python source into formatted Go source. A
// problem in the Python program is returned as a diag.List.
type Translator func(filename string, src []byte, opts Options) ([]byte, error)

// DefaultTranslator is the grammar → check → codegen pipeline.
var DefaultTranslator Translator = pipeline

// ErrNoTranslator is returned when no translator is configured.
var ErrNoTranslator = errors.New("pyasync2go: no translator configured")

// Stats describes one translation.
type Stats struct {
	PythonLines, GoLines int
	// StaticTypes and DynamicTypes count variables, parameters and results
	// given a static Go type and those left dynamic.
	StaticTypes, DynamicTypes int
	Parse, Check, Generate    time.Duration
}

// Translate decodes src (see DecodeSource) and translates it with tr, or
// DefaultTranslator when tr is nil. filename is used in diagnostics, in
// the generated header and in //line directives.
func Translate(tr Translator, filename string, src []byte, opts Options) ([]byte, error) {
	if tr == nil {
		tr = DefaultTranslator
	}
	if tr == nil {
		return nil, ErrNoTranslator
	}
	src, err := DecodeSource(filename, src)
	if err != nil {
		return nil, err
	}
	return tr(filename, src, opts)
}
