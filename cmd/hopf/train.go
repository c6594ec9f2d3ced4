package main

import "errors"

// trainCmd is filled in by the training work (issue: train on the CPU).
type trainCmd struct {
	File string `arg:"" name:"FILE" help:"Model file (.hopf)."`
}

func (c *trainCmd) Run(e *env) error { return errors.New("hopf train is not implemented yet") }
