package org.scfin.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses a webhook may be delivered to in production: public unicast ones. Everything that reaches this host,
 * our own network or no real host at all is refused (SSRF): unspecified, loopback, private, shared (carrier-grade NAT),
 * link-local (cloud metadata services live at 169.254.169.254), unique-local, multicast, reserved and documentation
 * ranges; an IPv6 address that embeds an IPv4 one (mapped, compatible, NAT64, 6to4) is judged by that IPv4 address.
 */
final class TargetAddresses {

    private TargetAddresses() {}

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        return b.length == 4 ? isPublicIpv4(b) : isPublicIpv6(b);
    }

    private static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        return first != 0 // this network, 0.0.0.0/8
                && first != 10
                && first != 127
                && !(first == 100 && (second & 0xc0) == 64) // shared address space, 100.64.0.0/10
                && !(first == 169 && second == 254)
                && !(first == 172 && (second & 0xf0) == 16)
                && !(first == 192 && second == 168)
                && !(first == 192 && second == 0 && third == 0) // IETF protocol assignments
                && !(first == 192 && second == 0 && third == 2) // documentation
                && !(first == 198 && (second & 0xfe) == 18) // benchmarking, 198.18.0.0/15
                && !(first == 198 && second == 51 && third == 100)
                && !(first == 203 && second == 0 && third == 113)
                && first < 224; // multicast, reserved and broadcast
    }

    private static boolean isPublicIpv6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) { // unique local, fc00::/7
            return false;
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false; // documentation, 2001:db8::/32
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0 && b[3] == 0) {
            return false; // Teredo, 2001::/32: the far end is whatever the tunnel says
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return isPublicIpv4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4
        }
        if (leadingZeroBytes(b) >= 10 && (isMappedPrefix(b) || leadingZeroBytes(b) >= 12)) {
            return isPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]}); // IPv4-mapped or -compatible
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]}); // NAT64, 64:ff9b::/96
        }
        return true;
    }

    private static boolean isMappedPrefix(byte[] b) {
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static int leadingZeroBytes(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] == 0) {
            n++;
        }
        return n;
    }

    /**
     * The address a URL host names literally (an IPv4 dotted quad or a bracketed IPv6 address), or null for a host
     * name. Never asks DNS.
     */
    static InetAddress literal(String host) {
        try {
            if (host.startsWith("[") && host.endsWith("]")) {
                return InetAddress.getByName(host.substring(1, host.length() - 1));
            }
            if (host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
                InetAddress address = InetAddress.getByName(host);
                return address instanceof Inet4Address ? address : null;
            }
            return null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
