import ArgumentParser
import PeerpolisWeb
print("x")
