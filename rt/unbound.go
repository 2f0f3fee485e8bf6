package rt

// UnboundLocal is the UnboundLocalError of a read of the local name
// before any assignment to it.
func UnboundLocal(name string) error {
	return Raise(UnboundLocalError.New("cannot access local variable '" + name + "' where it is not associated with a value"))
}

// NameNotDefined is the NameError of a read of the module-level name
// before any assignment to it.
func NameNotDefined(name string) error {
	return Raise(NameError.New("name '" + name + "' is not defined"))
}

// CheckBoundFree is CheckBound for a read, in a comprehension, of a local
// of the enclosing function: NameError.
func CheckBoundFree[T any](v T, unbound bool, name string) (T, error) {
	if unbound {
		return v, Raise(NameError.New("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope"))
	}
	return v, nil
}
