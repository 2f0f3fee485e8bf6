package rt

// Helpers for the classes of translated programs.

// As returns v as a T: the instance of a derived class, the only kind
// that has the attribute attr. Any other value raises AttributeError.
func As[T any](v any, attr string) (T, error) {
	t, ok := v.(T)
	if !ok {
		return t, AttributeError.New("'" + TypeName(v) + "' object has no attribute '" + attr + "'")
	}
	return t, nil
}

// IsA reports isinstance(v, C) for a user class C: T is the Go type of
// C's instances (the class's struct pointer, or its interface when other
// classes derive from it).
func IsA[T any](v any) bool {
	_, ok := v.(T)
	return ok
}
