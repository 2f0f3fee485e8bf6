package rt

import "testing"

// deep calls f under n extra frames, as generated code raises from
// nested Python calls.
func deep(n int, f func() error) error {
	if n == 0 {
		return f()
	}
	return deep(n-1, f)
}

// BenchmarkRaiseDeep is an exception made by a Python raise statement
// and caught a few frames up.
func BenchmarkRaiseDeep(b *testing.B) {
	for b.Loop() {
		err := deep(10, func() error { return Raise(ValueError.New(1)) })
		if !IsInstance(err, ValueError) {
			b.Fatal(err)
		}
	}
}

// BenchmarkRuntimeError is an exception the runtime raises (an index out
// of range) and generated code passes on.
func BenchmarkRuntimeError(b *testing.B) {
	s := []int{1}
	for b.Loop() {
		err := deep(10, func() error { _, err := Index(s, 5); return err })
		if !IsInstance(err, IndexError) {
			b.Fatal(err)
		}
	}
}
